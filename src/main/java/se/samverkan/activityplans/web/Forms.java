package se.samverkan.activityplans.web;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;

/** Runs a form's command and shows a refusal on the form that asked for it. */
final class Forms {

	private Forms() {
	}

	/**
	 * Runs the command unless the form has errors: then redirects with a flash message;
	 * else the form again with the refusal next to its field or at the top. "Not found"
	 * and "forbidden" stay what they are.
	 */
	static String submit(BindingResult binding, Runnable command, String flash, String redirectTo,
			Map<String, String> fields, RedirectAttributes redirect, Supplier<String> form) {
		if (!binding.hasErrors()) {
			try {
				command.run();
				redirect.addFlashAttribute("flash", flash);
				return "redirect:" + redirectTo;
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				binding.reject("error.stale-version", "error.stale-version");
			}
			catch (DomainException ex) {
				if (ex instanceof NotFoundException || ex.code() == ErrorCode.FORBIDDEN) {
					throw ex;
				}
				reject(binding, ex, fields);
			}
		}
		return form.get();
	}

	static void reject(BindingResult binding, DomainException ex, Map<String, String> fieldByMessageKey) {
		String field = fieldByMessageKey.get(ex.messageKey());
		if (field != null) {
			binding.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}
