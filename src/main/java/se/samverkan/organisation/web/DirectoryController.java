package se.samverkan.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.Directory.PrincipalView;
import se.samverkan.organisation.Directory.UnitView;
import se.samverkan.organisation.OrganisationManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/**
 * The parties of the agreement ("Parter"): a page of the principals with their units, a
 * page of the interest organisations, and each unit's own page with its description and
 * staff (R19).
 */
@Controller
class DirectoryController {

	static final String DIRECTORY_VIEW = "organisation/directory";

	static final String UNIT_VIEW = "organisation/unit";

	static final int STAFF_PAGE_SIZE = 25;

	/** Principals a page of the directory shows, each with all its active units. */
	static final int PRINCIPALS_PAGE_SIZE = 25;

	/** Interest organisations a page of the directory shows, paged on their own. */
	static final int INTEREST_ORGANISATIONS_PAGE_SIZE = 25;

	private final Directory directory;

	private final OrganisationManagement management;

	DirectoryController(Directory directory, OrganisationManagement management) {
		this.directory = directory;
		this.management = management;
	}

	/**
	 * A page of the principals ({@code page}) and a page of the interest organisations
	 * ({@code organisations}), each list with a pager of its own that keeps the other's
	 * page.
	 */
	@GetMapping("/directory")
	String directory(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int organisations,
			Model model) {
		Page<PrincipalView> principals = this.directory.principals(null, Boolean.TRUE,
				new PageRequest(Math.max(page, 0), PRINCIPALS_PAGE_SIZE));
		Map<UUID, List<UnitView>> units = this.directory
			.activeUnitsOf(principals.items().stream().map(PrincipalView::id).toList());
		model.addAttribute("principals", principals
			.map((principal) -> new PrincipalWithUnits(principal, units.getOrDefault(principal.id(), List.of()))));
		model.addAttribute("interestOrganisations", this.directory
			.interestOrganisations(new PageRequest(Math.max(organisations, 0), INTEREST_ORGANISATIONS_PAGE_SIZE)));
		return DIRECTORY_VIEW;
	}

	@GetMapping("/directory/units/{id}")
	String unit(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInStaff me, Model model) {
		UnitView unit = this.directory.unit(id).orElseThrow(NotFoundException::new);
		model.addAttribute("unit", unit);
		model.addAttribute("description", this.management.description(id));
		model.addAttribute("staff",
				this.directory.staff(id, Boolean.TRUE, new PageRequest(Math.max(page, 0), STAFF_PAGE_SIZE)));
		model.addAttribute("mayEdit", this.management.mayEditDescription(me, id));
		return UNIT_VIEW;
	}

	/** A principal and its units, in the order the directory lists them. */
	record PrincipalWithUnits(PrincipalView principal, List<UnitView> units) {
	}

}
