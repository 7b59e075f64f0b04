package se.samverkan.organisation.web;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import se.samverkan.shared.DomainException;

/** Helpers the page controllers share for re-rendering forms. */
final class Forms {

	private Forms() {
	}

	/**
	 * Puts {@code form} into the model with a fresh binding result, so that a re-rendered
	 * form shows the new values (e.g. the current version after someone else saved).
	 */
	static BindingResult rebind(Model model, String name, Object form) {
		BindingResult binding = new BeanPropertyBindingResult(form, name);
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, binding);
		return binding;
	}

	/**
	 * Shows a refused command next to the field it concerns, or at the top of the form
	 * when it concerns none of them.
	 */
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
