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
 * The parties of the agreement ("Parter"): a page of the principals with their first
 * units, a page of the interest organisations, each principal's own page with a page of
 * its units, and each unit's own page with its description and staff (R19).
 */
@Controller
class DirectoryController {

	static final String DIRECTORY_VIEW = "organisation/directory";

	static final String PRINCIPAL_VIEW = "organisation/principal";

	static final String UNIT_VIEW = "organisation/unit";

	static final int STAFF_PAGE_SIZE = 25;

	/** Principals a page of the directory shows, each with its first active units. */
	static final int PRINCIPALS_PAGE_SIZE = 25;

	/**
	 * Active units a principal's card shows; its page shows them all, a page at a time
	 * (issue 7: a big municipality has many).
	 */
	static final int UNITS_ON_CARD = 10;

	/** Units a page of a principal's page shows. */
	static final int UNITS_PAGE_SIZE = 25;

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
		Map<UUID, Page<UnitView>> units = this.directory
			.activeUnitsOf(principals.items().stream().map(PrincipalView::id).toList(), UNITS_ON_CARD);
		Page<UnitView> none = new Page<>(List.of(), 0, UNITS_ON_CARD, 0);
		model.addAttribute("principals", principals
			.map((principal) -> new PrincipalWithUnits(principal, units.getOrDefault(principal.id(), none))));
		model.addAttribute("interestOrganisations", this.directory
			.interestOrganisations(new PageRequest(Math.max(organisations, 0), INTEREST_ORGANISATIONS_PAGE_SIZE)));
		return DIRECTORY_VIEW;
	}

	/**
	 * A principal's page: a page of its active units, by name, and a pager to the rest.
	 */
	@GetMapping("/directory/principals/{id}")
	String principal(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		PrincipalView principal = this.directory.principal(id).orElseThrow(NotFoundException::new);
		model.addAttribute("principal", principal);
		model.addAttribute("units",
				this.directory.activeUnitsOf(id, new PageRequest(Math.max(page, 0), UNITS_PAGE_SIZE)));
		return PRINCIPAL_VIEW;
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

	/**
	 * A principal and the first page of its active units, by name, as its card shows
	 * them.
	 */
	record PrincipalWithUnits(PrincipalView principal, Page<UnitView> units) {
	}

}
