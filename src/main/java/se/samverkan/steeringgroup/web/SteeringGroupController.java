package se.samverkan.steeringgroup.web;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.organisation.Directory;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.PageRequest;
import se.samverkan.steeringgroup.Nomination;
import se.samverkan.steeringgroup.NominationMeetings;
import se.samverkan.steeringgroup.SteeringGroup;

/**
 * "Styrgrupp": members, what they represent, the conveners and the composition rule's
 * state (R7, R8); conveners and administrators add and remove members here.
 */
@Controller
class SteeringGroupController {

	static final String VIEW = "steeringgroup/steering-group";

	private static final Map<String, String> FIELD_BY_KEY = Map.of("error.steering-group.mar-required", "staffId",
			"error.steering-group.staff-unknown", "staffId", "error.steering-group.already-member", "staffId",
			"error.steering-group.unit-unknown", "representsUnitId", "error.steering-group.unit-not-party",
			"representsUnitId", "error.steering-group.meeting-unknown", "nominationMeetingId");

	private final SteeringGroup steeringGroup;

	private final Directory directory;

	private final ObjectProvider<NominationMeetings> meetings;

	SteeringGroupController(SteeringGroup steeringGroup, Directory directory,
			ObjectProvider<NominationMeetings> meetings) {
		this.steeringGroup = steeringGroup;
		this.directory = directory;
		this.meetings = meetings;
	}

	@GetMapping("/steering-group")
	String page(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String staffQuery,
			@RequestParam(required = false) String unitQuery, Model model) {
		MemberForm form = MemberForm.empty();
		model.addAttribute("form", form);
		return render(me, form, staffQuery, unitQuery, model);
	}

	@PostMapping("/steering-group/members")
	String add(@AuthenticationPrincipal SignedInStaff me, @Valid @ModelAttribute("form") MemberForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireManager(me);
		if (binding.hasErrors()) {
			return render(me, form, null, null, model);
		}
		try {
			this.steeringGroup.add(me, new SteeringGroup.AddMember(form.staffId(), form.representsUnitId(),
					new Nomination(form.nominatedOn(), form.nominationMeetingId())));
		}
		catch (DomainException ex) {
			if (ex.code() == se.samverkan.shared.ErrorCode.FORBIDDEN) {
				throw ex;
			}
			String field = FIELD_BY_KEY.get(ex.messageKey());
			if (field != null) {
				binding.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
			}
			else {
				binding.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
			return render(me, form, null, null, model);
		}
		redirect.addFlashAttribute("flash", "steeringgroup.added");
		return "redirect:/steering-group";
	}

	/**
	 * The form again, as chosen and typed, with the staff or the units the search finds
	 * (the person's search or the unit's): nothing is saved.
	 */
	@PostMapping(path = "/steering-group/members", params = "search")
	String search(@AuthenticationPrincipal SignedInStaff me, @ModelAttribute("form") MemberForm form,
			BindingResult binding, @RequestParam(required = false) String staffQuery,
			@RequestParam(required = false) String unitQuery, Model model) {
		requireManager(me);
		return render(me, form, staffQuery, unitQuery, model);
	}

	@PostMapping("/steering-group/members/{staffId}/removal")
	String remove(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID staffId,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		try {
			this.steeringGroup.remove(me, staffId, version);
		}
		catch (DomainException ex) {
			if (ex.code() != se.samverkan.shared.ErrorCode.STALE_VERSION) {
				throw ex;
			}
			redirect.addFlashAttribute("flash", "steeringgroup.stale");
			return "redirect:/steering-group";
		}
		redirect.addFlashAttribute("flash", "steeringgroup.removed");
		return "redirect:/steering-group";
	}

	private void requireManager(SignedInStaff me) {
		if (!this.steeringGroup.mayManage(me)) {
			throw new DomainException(se.samverkan.shared.ErrorCode.FORBIDDEN, "error.steering-group.conveners-only");
		}
	}

	/**
	 * The page; for a convener with the form, its people and units to choose among: those
	 * the searches find, at most {@link PageRequest#MAX_SIZE} each, and those chosen.
	 */
	private String render(SignedInStaff me, MemberForm form, String staffQuery, String unitQuery, Model model) {
		List<SteeringGroup.MemberView> members = this.steeringGroup.members();
		model.addAttribute("members", members);
		model.addAttribute("conveners", this.steeringGroup.conveners());
		model.addAttribute("composition", this.steeringGroup.composition(members));
		boolean mayManage = this.steeringGroup.mayManage(me);
		model.addAttribute("mayManage", mayManage);
		if (mayManage) {
			model.addAttribute("staff",
					this.directory.staffChoice(staffQuery, this.directory.activeStaff(staffQuery, PageRequest.MAX_SIZE),
							Collections.singleton(form.staffId())));
			model.addAttribute("unitLimit", PageRequest.MAX_SIZE);
			model.addAttribute("units",
					this.directory.unitChoice(unitQuery,
							this.directory.activeAgreementParties(unitQuery, PageRequest.MAX_SIZE),
							Collections.singleton(form.representsUnitId())));
			NominationMeetings nominationMeetings = this.meetings.getIfAvailable();
			model.addAttribute("meetingOptions",
					(nominationMeetings != null) ? nominationMeetings.masMarMeetings() : List.of());
		}
		return VIEW;
	}

}
