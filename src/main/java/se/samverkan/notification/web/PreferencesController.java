package se.samverkan.notification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.notification.Delivery;
import se.samverkan.notification.NotificationPreferences;
import se.samverkan.notification.NotificationPreferences.Settings;
import se.samverkan.shared.StaffIdentity;

/**
 * The user's own notification settings: e-mail at once or a daily digest, as a default
 * and per kind of notice. Nobody sees or changes another user's settings.
 */
@Controller
class PreferencesController {

	static final String VIEW = "notification/settings";

	static final String KIND_PARAMETER = "kind.";

	private final NotificationPreferences preferences;

	private final MessageSource messages;

	PreferencesController(NotificationPreferences preferences, MessageSource messages) {
		this.preferences = preferences;
		this.messages = messages;
	}

	@GetMapping("/inbox/settings")
	String settings(@AuthenticationPrincipal StaffIdentity me, Locale locale, Model model) {
		Settings settings = this.preferences.settings(me.staffId());
		model.addAttribute("defaultDelivery", settings.defaultDelivery());
		model
			.addAttribute("choices",
					settings.choices()
						.stream()
						.map((choice) -> new Row(choice.kind(),
								this.messages.getMessage("notification.kind." + choice.kind(), null, choice.kind(),
										locale),
								(choice.delivery() != null) ? choice.delivery().name() : ""))
						.toList());
		model.addAttribute("deliveries", List.of(Delivery.values()));
		return VIEW;
	}

	@PostMapping("/inbox/settings")
	String save(@AuthenticationPrincipal StaffIdentity me,
			@RequestParam(name = "defaultDelivery", required = false) Delivery defaultDelivery,
			@RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
		Map<String, Delivery> perKind = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(KIND_PARAMETER) && value != null && !value.isBlank()) {
				perKind.put(name.substring(KIND_PARAMETER.length()), delivery(value));
			}
		});
		this.preferences.save(me.staffId(), defaultDelivery, perKind);
		redirect.addFlashAttribute("flash", "notification.settings.saved");
		return "redirect:/inbox/settings";
	}

	private static Delivery delivery(String value) {
		try {
			return Delivery.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** One kind of notice with its label and the user's choice ("" = the default). */
	record Row(String kind, String label, String delivery) {
	}

}
