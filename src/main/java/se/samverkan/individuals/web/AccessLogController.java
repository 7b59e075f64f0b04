package se.samverkan.individuals.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkan.individuals.AccessLogPdf;
import se.samverkan.individuals.IndividualsManagement;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PageRequest;

/**
 * A person's access log (L3) as a paged table and as the PDF extract for the individual,
 * for the registering unit's managers and heads of operations and for administrators. To
 * anyone else the page does not exist.
 */
@Controller
class AccessLogController {

	static final int PAGE_SIZE = 50;

	private final IndividualsManagement individuals;

	private final AccessLogPdf pdf;

	private final Clock clock;

	AccessLogController(IndividualsManagement individuals, AccessLogPdf pdf, Clock clock) {
		this.individuals = individuals;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/persons/{personId}/access-log")
	String log(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		try {
			model.addAttribute("log",
					this.individuals.accessLog(me, personId, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
		}
		catch (DomainException ex) {
			throw notFoundUnlessAllowed(ex);
		}
		model.addAttribute("personId", personId);
		model.addAttribute("zone", this.clock.getZone());
		return "individuals/access-log";
	}

	@GetMapping("/persons/{personId}/access-log.pdf")
	ResponseEntity<byte[]> extract(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			Locale locale) {
		byte[] body;
		try {
			body = this.pdf.render(this.individuals.accessLogExtract(me, personId), locale);
		}
		catch (DomainException ex) {
			throw notFoundUnlessAllowed(ex);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("loggutdrag-" + personId + ".pdf").build().toString())
			.body(body);
	}

	/** On the pages, whoever may not read the log sees no such page. */
	private static DomainException notFoundUnlessAllowed(DomainException ex) {
		return (ex.code() == ErrorCode.FORBIDDEN) ? new NotFoundException() : ex;
	}

}
