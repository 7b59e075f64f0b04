package se.samverkan.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page ("Logga in"). */
@Controller
class LoginController {

	static final String VIEW = "signin/login";

	private final ObjectProvider<ClientRegistrationRepository> oidc;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
		this.oidc = oidc;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("oidcEnabled", this.oidc.getIfAvailable() != null);
		return VIEW;
	}

	/**
	 * The identity provider signed the person in, but Samverkan has no active account for
	 * them: a clear page, and nothing is created.
	 */
	@GetMapping("/login/refused")
	String refused(@RequestParam(defaultValue = "error") String reason, Model model) {
		model.addAttribute("reason", switch (reason) {
			case "unknown", "deactivated" -> reason;
			default -> "error";
		});
		return "signin/refused";
	}

}
