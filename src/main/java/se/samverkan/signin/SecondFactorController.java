package se.samverkan.signin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;

/**
 * The second step of a local sign-in (the one-time code) and the staff member's own
 * sign-in settings: enrol an authenticator app with a QR code, see the recovery codes
 * once, remove the second factor where that is allowed, and sign out everywhere.
 */
@Controller
class SecondFactorController {

	static final String CODE_PATH = "/login/code";

	static final String ACCOUNT_PATH = "/account/security";

	private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactors secondFactors;

	private final SignInThrottle throttle;

	private final SecurityContextRepository contexts;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SecondFactorController(SecondFactors secondFactors, SignInThrottle throttle, SecurityContextRepository contexts,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.secondFactors = secondFactors;
		this.throttle = throttle;
		this.contexts = contexts;
		this.sessions = sessions;
	}

	/**
	 * The account page is closed to a sign-in that owes the code of an enrolled second
	 * factor: a password alone never replaces it.
	 */
	static boolean mayManageSecondFactor(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		return !Factors.has(authentication, Factors.CODE_REQUIRED) || Factors.has(authentication, Factors.TOTP);
	}

	@GetMapping(CODE_PATH)
	String codeForm(Authentication authentication) {
		if (!owesCode(authentication)) {
			return "redirect:/";
		}
		return "signin/code";
	}

	@PostMapping(CODE_PATH)
	String code(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!owesCode(authentication)) {
			return "redirect:/";
		}
		SignedInStaff staff = (SignedInStaff) authentication.getPrincipal();
		String address = request.getRemoteAddr();
		if (this.throttle.blockedUntil(staff.getUsername(), address).isPresent()) {
			model.addAttribute("error", "signin.code.locked");
			return "signin/code";
		}
		if (!this.secondFactors.verify(staff.staffId(), code)) {
			this.throttle.failed(staff.getUsername(), address);
			model.addAttribute("error", "signin.code.wrong");
			return "signin/code";
		}
		this.throttle.succeeded(staff.getUsername());
		complete(authentication, request, response);
		return "redirect:/";
	}

	@GetMapping(ACCOUNT_PATH)
	String account(Authentication authentication, Model model) {
		SignedInStaff staff = (SignedInStaff) authentication.getPrincipal();
		boolean enrolled = this.secondFactors.enrolled(staff.staffId());
		model.addAttribute("enrolled", enrolled);
		model.addAttribute("required", this.secondFactors.requiredForEveryone());
		model.addAttribute("mustEnrol",
				Factors.has(authentication, Factors.ENROLMENT_REQUIRED) && !Factors.has(authentication, Factors.TOTP));
		model.addAttribute("localAccount", Factors.has(authentication, "FACTOR_PASSWORD"));
		model.addAttribute("recoveryCodesLeft", enrolled ? this.secondFactors.recoveryCodesLeft(staff.staffId()) : 0);
		return "signin/security";
	}

	@PostMapping(ACCOUNT_PATH + "/enrolment")
	String startEnrolment(HttpSession session) {
		session.setAttribute(PENDING_SECRET, this.secondFactors.newSecret());
		return "redirect:" + ACCOUNT_PATH + "/enrolment";
	}

	@GetMapping(ACCOUNT_PATH + "/enrolment")
	String enrolment(Authentication authentication, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return "redirect:" + ACCOUNT_PATH;
		}
		SignedInStaff staff = (SignedInStaff) authentication.getPrincipal();
		String uri = SecondFactors.otpauthUri(staff.getUsername(), secret);
		model.addAttribute("qrCode", SecondFactors.qrCode(uri));
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		return "signin/enrolment";
	}

	@PostMapping(ACCOUNT_PATH + "/enrolment/confirmation")
	String confirmEnrolment(@RequestParam(defaultValue = "") String code, Authentication authentication,
			HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return "redirect:" + ACCOUNT_PATH;
		}
		SignedInStaff staff = (SignedInStaff) authentication.getPrincipal();
		try {
			List<String> codes = this.secondFactors.enrol(staff.staffId(), staff.getUsername(), secret, code);
			session.removeAttribute(PENDING_SECRET);
			if (Factors.has(authentication, Factors.ENROLMENT_REQUIRED)) {
				complete(authentication, request, response);
			}
			model.addAttribute("codes", codes);
			return "signin/recovery-codes";
		}
		catch (DomainException ex) {
			model.addAttribute("error", "signin.code.wrong");
			return enrolment(authentication, session, model);
		}
	}

	@PostMapping(ACCOUNT_PATH + "/removal")
	String remove(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model) {
		SignedInStaff staff = (SignedInStaff) authentication.getPrincipal();
		if (this.secondFactors.requiredForEveryone()) {
			model.addAttribute("error", "signin.security.removeNotAllowed");
			return account(authentication, model);
		}
		if (!this.secondFactors.verify(staff.staffId(), code)) {
			model.addAttribute("error", "signin.code.wrong");
			return account(authentication, model);
		}
		this.secondFactors.remove(staff.staffId(), staff.getUsername());
		model.addAttribute("flash", "signin.security.removed");
		return account(authentication, model);
	}

	/** Ends every session of this account, on every instance, this one included. */
	@PostMapping(ACCOUNT_PATH + "/sign-out-everywhere")
	String signOutEverywhere(Authentication authentication, HttpServletRequest request) {
		String name = authentication.getName();
		HttpSession current = request.getSession(false);
		if (current != null) {
			current.invalidate();
		}
		this.sessions.findByPrincipalName(name).keySet().forEach(this.sessions::deleteById);
		SecurityContextHolder.clearContext();
		return "redirect:/login?everywhere";
	}

	private static boolean owesCode(Authentication authentication) {
		return Factors.has(authentication, Factors.CODE_REQUIRED) && !Factors.has(authentication, Factors.TOTP);
	}

	/** Adds the second factor to the sign-in and renews the session id. */
	private void complete(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> authorities = Factors.with(authentication.getAuthorities(), Factors.TOTP);
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken
			.authenticated(authentication.getPrincipal(), null, authorities);
		signedIn.setDetails(authentication.getDetails());
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
