package org.usertasks.system;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the page behind each problem {@code type} URI, so that a client's developer can
 * follow the link.
 */
@RestController
class ProblemPageController {

	@GetMapping(path = "/problems/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@PathVariable String slug) {
		ProblemType type = ProblemType.forSlug(slug);
		if (type == null) {
			return ResponseEntity.notFound().build();
		}
		String title = HtmlUtils.htmlEscape(type.title());
		String html = """
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
				<body><h1>%s (%d)</h1><p>%s</p><p><code>type: %s</code></p></body></html>
				""".formatted(title, title, type.status().value(), HtmlUtils.htmlEscape(type.description()),
				type.uri());
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html);
	}

}
