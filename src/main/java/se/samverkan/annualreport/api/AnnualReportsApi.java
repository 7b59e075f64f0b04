package se.samverkan.annualreport.api;

import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.annualreport.AnnualReport;
import se.samverkan.annualreport.AnnualReportPdf;
import se.samverkan.annualreport.AnnualReports;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.web.Versions;

/** The annual report (R12): figures for a year, the narrative, the PDF with charts. */
@RestController
@RequestMapping("/api/v1/annual-reports")
class AnnualReportsApi {

	private final AnnualReports reports;

	private final AnnualReportPdf pdf;

	AnnualReportsApi(AnnualReports reports, AnnualReportPdf pdf) {
		this.reports = reports;
		this.pdf = pdf;
	}

	@GetMapping("/{year}")
	AnnualReport read(@PathVariable int year) {
		return this.reports.report(year);
	}

	@GetMapping(path = "/{year}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"arsrapport-" + year + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.pdf.render(year, locale));
	}

	@PutMapping("/{year}/narrative")
	AnnualReport narrative(@AuthenticationPrincipal SignedInStaff me, @PathVariable int year,
			@RequestBody NarrativeRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.reports.writeNarrative(me, year, request.narrative(), Versions.fromIfMatch(ifMatch));
		return this.reports.report(year);
	}

	record NarrativeRequest(String narrative) {
	}

}
