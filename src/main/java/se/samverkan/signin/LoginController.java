package se.samverkan.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

}
