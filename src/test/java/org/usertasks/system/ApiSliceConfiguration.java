package org.usertasks.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs from {@code system} to answer as the service
 * does. The slice leaves out {@code @Configuration} classes and plain components, so it
 * would write default JSON; this brings back Struct's wire format, the writer that
 * filters answer problems with, and the limits the body-size filter reads. The exception
 * handler and the filter come with the slice by themselves.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ JsonConfiguration.class, ProblemWriter.class })
@EnableConfigurationProperties(ApiProperties.class)
public class ApiSliceConfiguration {

}
