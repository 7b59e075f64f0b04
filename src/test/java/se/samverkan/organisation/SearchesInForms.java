package se.samverkan.organisation;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's search of the staff or the units inside the form (issue 7), as a page shows
 * it: the search's input and button belong to a form of their own after the page's form
 * (forms do not nest), that asks for the page again; the button posts the page's form to
 * its action with htmx and swaps only the field. The page's form's first submit button,
 * which Enter in its fields presses, saves. Every label names one element, and no id is
 * given twice.
 */
final class SearchesInForms {

	private SearchesInForms() {
	}

	/**
	 * The search of field, whose input queryId and button buttonId are in the field's
	 * container (field-field), in the form posted to formAction of a page at pagePath
	 * whose first submit button reads save.
	 */
	static void assertSearchInForm(Document page, String field, String queryId, String buttonId, String pagePath,
			String formAction, String save) {
		Element search = page.selectFirst("form#" + field + "-search");
		assertThat(search).as(field).isNotNull();
		assertThat(search.attr("action")).isEqualTo(pagePath);
		assertThat(search.attr("method")).isEqualTo("get");
		assertThat(search.parents().is("form")).isFalse();
		Element query = page.selectFirst("#" + field + "-field #" + queryId);
		assertThat(query).as(queryId).isNotNull();
		assertThat(query.attr("form")).isEqualTo(field + "-search");
		Element button = page.selectFirst("#" + field + "-field #" + buttonId);
		assertThat(button).as(buttonId).isNotNull();
		assertThat(button.attr("form")).isEqualTo(field + "-search");
		assertThat(button.attr("name")).isEqualTo("search");
		assertThat(button.attr("hx-post")).isEqualTo(formAction);
		assertThat(button.attr("hx-target")).isEqualTo("#" + field + "-field");
		Element form = query.closest("form");
		assertThat(form.attr("action")).isEqualTo(formAction);
		assertThat(form.select("button:not([form]), input[type=submit]:not([form])").first().text()).isEqualTo(save);
		assertThat(page.select("label[for=" + queryId + "]")).as("the search labelled").hasSize(1);
		assertThat(page.select("[id]").eachAttr("id")).as("ids given once").doesNotHaveDuplicates();
		for (Element label : page.select("label[for]")) {
			assertThat(page.getElementsByAttributeValue("id", label.attr("for"))).as(label.attr("for")).hasSize(1);
		}
	}

}
