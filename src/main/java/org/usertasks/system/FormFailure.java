package org.usertasks.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Why an admin form was refused, for showing the form again with the person's input and
 * the message, with the status the API would answer. One type for every admin page, so
 * that they all show a refusal the same way (templates/admin/fragments.html, failure).
 */
public record FormFailure(HttpStatus status, String message, List<FieldProblem> problems) {

	/** The failure a service refusal stands for; anything else is thrown on. */
	public static FormFailure of(RuntimeException ex) {
		if (ex instanceof InvalidRequestException invalid) {
			return new FormFailure(HttpStatus.BAD_REQUEST, "Please correct this and try again:", invalid.problems());
		}
		if (ex instanceof AlreadyExistsException || ex instanceof ConflictException) {
			return new FormFailure(HttpStatus.CONFLICT, ex.getMessage(), List.of());
		}
		throw ex;
	}

	/** Puts the message on the page ({@code failure}) and sets the status. */
	public ModelAndView showOn(ModelAndView page) {
		page.addObject("failure", this);
		page.setStatus(this.status);
		return page;
	}

}
