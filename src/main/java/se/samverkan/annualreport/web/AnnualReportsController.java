package se.samverkan.annualreport.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.annualreport.AnnualReport;
import se.samverkan.annualreport.AnnualReportPdf;
import se.samverkan.annualreport.AnnualReports;
import se.samverkan.organisation.SignedInStaff;
import se.samverkan.shared.DomainException;
import se.samverkan.shared.ErrorCode;

/**
 * "Årsrapport": a year's figures from the system's own data with charts, the narrative
 * the steering group writes, and the PDF (R12).
 */
@Controller
class AnnualReportsController {

	static final String VIEW = "annualreport/report";

	private final AnnualReports reports;

	private final AnnualReportPdf pdf;

	private final MessageSource messages;

	private final Clock clock;

	AnnualReportsController(AnnualReports reports, AnnualReportPdf pdf, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/annual-reports")
	String current(@RequestParam(required = false) Integer year) {
		return "redirect:/annual-reports/" + ((year != null) ? year : LocalDate.now(this.clock).getYear());
	}

	@GetMapping("/annual-reports/{year}")
	String report(@AuthenticationPrincipal SignedInStaff me, @PathVariable int year, Locale locale, Model model) {
		AnnualReport report = this.reports.report(year);
		model.addAttribute("report", report);
		model.addAttribute("charts",
				this.reports.charts(report, (key) -> this.messages.getMessage(key, null, key, locale)));
		model.addAttribute("mayWrite", this.reports.mayWrite(me));
		return VIEW;
	}

	@GetMapping("/annual-reports/{year}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"arsrapport-" + year + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.pdf.render(year, locale));
	}

	@PostMapping("/annual-reports/{year}/narrative")
	String narrative(@AuthenticationPrincipal SignedInStaff me, @PathVariable int year,
			@RequestParam(required = false) String narrative, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		try {
			this.reports.writeNarrative(me, year, narrative, version);
			redirect.addFlashAttribute("flash", "annualreport.narrativeSaved");
		}
		catch (DomainException ex) {
			if (ex.code() == ErrorCode.FORBIDDEN) {
				throw ex;
			}
			redirect.addFlashAttribute("refusal", ex.messageKey());
		}
		return "redirect:/annual-reports/" + year;
	}

}
