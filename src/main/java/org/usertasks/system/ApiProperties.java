package org.usertasks.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API ({@code usertasks.api.*}).
 *
 * @param maxRequestBodySize larger request bodies are refused with 413 before they are
 * read
 */
@ConfigurationProperties("usertasks.api")
public record ApiProperties(@DefaultValue("2MB") DataSize maxRequestBodySize) {
}
