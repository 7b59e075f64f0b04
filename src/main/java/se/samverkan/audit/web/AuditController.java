package se.samverkan.audit.web;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.audit.AuditEntry;
import se.samverkan.audit.AuditQuery;
import se.samverkan.audit.AuditTrail;
import se.samverkan.shared.PageRequest;

/**
 * The audit trail for administrators ({@code /admin/**} is for them only): newest first,
 * filtered by who and by what, counted up to a bound beyond which the page says "more
 * than" ({@link AuditTrail#browse}).
 */
@Controller
class AuditController {

	static final String VIEW = "audit/entries";

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final Clock clock;

	AuditController(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	String entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String aggregateType, @RequestParam(defaultValue = "0") int page,
			Model model) {
		AuditQuery query = new AuditQuery(actor, action, aggregateType, null);
		AuditTrail.Browsed browsed = this.trail.browse(query, new PageRequest(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("entries", browsed.entries().map(this::row));
		model.addAttribute("more", browsed.more());
		model.addAttribute("counted", browsed.counted());
		model.addAttribute("actions", this.trail.actions());
		model.addAttribute("aggregateTypes", this.trail.aggregateTypes());
		return VIEW;
	}

	private Row row(AuditEntry entry) {
		return new Row(entry, entry.occurredAt().atZone(this.clock.getZone()));
	}

	/** An entry with its time in Swedish time, for the page. */
	record Row(AuditEntry entry, ZonedDateTime at) {
	}

}
