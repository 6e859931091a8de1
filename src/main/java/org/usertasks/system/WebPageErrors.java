package org.usertasks.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the web pages as pages: the same statuses as the API, with a message a person
 * can act on. For an htmx request the message replaces the page's flash area instead of
 * the part being updated.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebPageErrors {

	private static final Logger log = LoggerFactory.getLogger(WebPageErrors.class);

	@ExceptionHandler(InvalidRequestException.class)
	ModelAndView invalid(InvalidRequestException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, "That did not work", "Please correct this and try again:", ex.problems(),
				request, response);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView badParameter(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, "That did not work", ex.getMessage(), List.of(), request, response);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), List.of(), request, response);
	}

	@ExceptionHandler(AlreadyExistsException.class)
	ModelAndView alreadyExists(AlreadyExistsException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, "Already exists", ex.getMessage(), List.of(), request, response);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, "Not possible right now", ex.getMessage(), List.of(), request, response);
	}

	@ExceptionHandler(StaleVersionException.class)
	ModelAndView stale(StaleVersionException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.PRECONDITION_FAILED, "Someone else changed this first",
				"It was changed after you opened it, so your change was not saved. Reload to see the current "
						+ "version, then make your change again.",
				List.of(), request, response);
	}

	@ExceptionHandler(NotPermittedException.class)
	ModelAndView notPermitted(NotPermittedException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage(), List.of(), request, response);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.error("Unexpected error on {}", request.getRequestURI(), ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"An unexpected error occurred; it has been logged.", List.of(), request, response);
	}

	private static ModelAndView page(HttpStatus status, String title, String message, List<FieldProblem> problems,
			HttpServletRequest request, HttpServletResponse response) {
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		ModelAndView view = new ModelAndView(htmx ? "error :: flash" : "error");
		if (htmx) {
			response.setHeader("HX-Retarget", "#flash");
			response.setHeader("HX-Reswap", "innerHTML");
		}
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("heading", title);
		view.addObject("message", message);
		view.addObject("problems", problems);
		// Model attributes of the controllers do not reach an error view: the top bar
		// needs the signed-in person too.
		if (request.getUserPrincipal() instanceof Authentication authentication) {
			view.addObject("me", authentication.getPrincipal());
		}
		return view;
	}

}
