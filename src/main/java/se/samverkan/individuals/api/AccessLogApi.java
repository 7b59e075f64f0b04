package se.samverkan.individuals.api;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.individuals.AccessLogPdf;
import se.samverkan.individuals.IndividualsManagement;
import se.samverkan.organisation.SignedInStaff;

/**
 * The access log extract for the individual (*loggutdrag*, L3) as PDF, for the same
 * readers as the log itself.
 */
@RestController
class AccessLogApi {

	private final IndividualsManagement individuals;

	private final AccessLogPdf pdf;

	AccessLogApi(IndividualsManagement individuals, AccessLogPdf pdf) {
		this.individuals = individuals;
		this.pdf = pdf;
	}

	@GetMapping("/api/v1/persons/{personId}/access-log.pdf")
	ResponseEntity<byte[]> extract(@AuthenticationPrincipal SignedInStaff me, @PathVariable UUID personId,
			Locale locale) {
		byte[] body = this.pdf.render(this.individuals.accessLogExtract(me, personId), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("loggutdrag-" + personId + ".pdf").build().toString())
			.body(body);
	}

}
