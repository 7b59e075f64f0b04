package se.samverkan.organisation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' start page: accounts, units, principals and the audit log. */
@Controller
class AdminController {

	static final String VIEW = "organisation/admin/index";

	@GetMapping("/admin")
	String index() {
		return VIEW;
	}

}
