package org.usertasks.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem detail straight to the servlet response, for errors raised in filters
 * (authentication, body size) before Spring MVC and its exception handler are reached.
 */
@Component
public class ProblemWriter {

	private final JsonMapper jsonMapper;

	ProblemWriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
			throws IOException {
		write(request, response, type, detail, Map.of());
	}

	/**
	 * Writes a problem with more properties, such as the {@code reason} of a conflict.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
			Map<String, Object> properties) throws IOException {
		ProblemDetail problem = Problems.of(type, detail);
		properties.forEach(problem::setProperty);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(type.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.jsonMapper.writeValue(response.getOutputStream(), problem);
	}

}
