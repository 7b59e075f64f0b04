package se.samverkan.testing;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * Checks a page against WCAG 2.1 AA (law L6) with axe-core. Fails with every violation
 * spelled out: rule id, impact, help text and link, and each offending node (its CSS
 * target and HTML).
 */
public final class Accessibility {

	/** The axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
	public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	/**
	 * Runs axe-core on the page as it is now and fails when it finds any WCAG 2.1 A/AA
	 * violation.
	 * @param page the page to check
	 */
	public static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		if (results.isErrored()) {
			throw new AssertionError("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			String report = report(page.url(), violations);
			System.out.println(report);
			throw new AssertionError(report);
		}
	}

	static String report(String url, List<Rule> violations) {
		StringBuilder report = new StringBuilder();
		report.append(violations.size())
			.append(" WCAG 2.1 AA violation(s) on ")
			.append(url)
			.append(System.lineSeparator());
		for (Rule violation : violations) {
			report.append("- ")
				.append(violation.getId())
				.append(" [")
				.append(violation.getImpact())
				.append("]: ")
				.append(violation.getHelp())
				.append(" (")
				.append(violation.getHelpUrl())
				.append(')')
				.append(System.lineSeparator());
			for (CheckedNode node : violation.getNodes()) {
				report.append("    at ")
					.append(node.getTarget())
					.append(": ")
					.append(node.getHtml())
					.append(System.lineSeparator());
				if (node.getFailureSummary() != null) {
					report.append("       ")
						.append(node.getFailureSummary().replace("\n", " "))
						.append(System.lineSeparator());
				}
			}
		}
		return report.toString();
	}

}
