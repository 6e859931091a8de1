package org.usertasks.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.usertasks.idempotency.IdempotencySliceConfiguration;

/**
 * What a {@code @WebMvcTest} slice needs from {@code system} to answer as the service
 * does. The slice leaves out {@code @Configuration} classes and plain components, so it
 * would write default JSON; this brings back Struct's wire format, the writer that
 * filters answer problems with, and the limits the body-size filter reads. The exception
 * handler and the filters come with the slice by themselves; the clock and
 * {@link IdempotencySliceConfiguration} give the {@code Idempotency-Key} filter what it
 * needs to start.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ JsonConfiguration.class, ProblemWriter.class, ClockConfiguration.class, IdempotencySliceConfiguration.class })
@EnableConfigurationProperties(ApiProperties.class)
public class ApiSliceConfiguration {

}
