package org.usertasks.system;

import java.io.IOException;

/**
 * Thrown while reading a chunked request body past
 * {@code usertasks.api.max-request-body-size}; answered 413.
 */
public class RequestBodyTooLargeException extends IOException {

	RequestBodyTooLargeException(String message) {
		super(message);
	}

}
