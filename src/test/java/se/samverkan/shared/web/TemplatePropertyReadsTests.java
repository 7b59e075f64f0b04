package se.samverkan.shared.web;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.SPELContextPropertyAccessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.expression.MapAccessor;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.convert.support.DefaultConversionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates read properties through {@link CheckedOnceAccessor} as they did through
 * Thymeleaf's own accessor: the same values, and Thymeleaf's refusal of members of JDK
 * types still holds when an expression's kept accessor meets one.
 */
class TemplatePropertyReadsTests {

	private static final GenericApplicationContext APPLICATION = new GenericApplicationContext();

	static {
		APPLICATION.refresh();
	}

	private static final String EACH_NAME = "<p th:each=\"item : ${items}\" th:text=\"${item.name}\"></p>";

	record Named(String name) {
	}

	public static final class Bean {

		public String getName() {
			return "bean";
		}

	}

	@Test
	void reads_records_beans_and_map_keys_in_one_expression_as_thymeleaf_does() {
		List<Object> items = List.of(new Named("a"), Map.of("name", "b"), new Bean(), new Named("c"));

		String expected = "<p>a</p><p>b</p><p>bean</p><p>c</p>";
		assertThat(render(engine(false), EACH_NAME, items)).isEqualTo(expected);
		SpringTemplateEngine engine = engine(true);
		assertThat(render(engine, EACH_NAME, items)).isEqualTo(expected);
		assertThat(render(engine, EACH_NAME, items)).as("with the accessors kept from the first page")
			.isEqualTo(expected);
	}

	@Test
	void leaves_a_map_to_the_map_accessor_after_the_expression_read_a_bean() {
		String eachEmpty = "<p th:each=\"item : ${items}\" th:text=\"${item.empty}\"></p>";
		List<Object> items = List.of(List.of(), Map.of("empty", "a key"));

		assertThat(render(engine(true), eachEmpty, items)).isEqualTo("<p>true</p><p>a key</p>");
	}

	@Test
	void a_page_reads_through_one_checked_once_accessor() {
		SpringTemplateEngine engine = engine(true);
		ThymeleafEvaluationContext first = evaluationContext();
		ThymeleafEvaluationContext second = evaluationContext();
		render(engine, EACH_NAME, List.of(new Named("a")), first);
		render(engine, EACH_NAME, List.of(new Named("a")), second);

		assertThat(first.getPropertyAccessors()).hasExactlyElementsOfTypes(SPELContextPropertyAccessor.class,
				MapAccessor.class, CheckedOnceAccessor.class);
		assertThat(second.getPropertyAccessors()).last().isSameAs(first.getPropertyAccessors().get(2));
	}

	@Test
	void refuses_a_member_of_a_jdk_type_also_after_the_expression_has_read_an_allowed_one() {
		SpringTemplateEngine engine = engine(true);
		render(engine, EACH_NAME, List.of(new Named("a"), new Named("b")));

		assertThatThrownBy(() -> render(engine, EACH_NAME, List.of(new Named("a"), new File("secret"))))
			.isInstanceOf(TemplateProcessingException.class)
			.rootCause()
			.hasMessageContaining("is forbidden for type 'class java.io.File'");
	}

	private static SpringTemplateEngine engine(boolean checkedOnce) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		if (checkedOnce) {
			TemplatePropertyReads.templatePropertyReadsInstaller().postProcessBeforeInitialization(engine, "engine");
		}
		return engine;
	}

	private static String render(SpringTemplateEngine engine, String template, List<Object> items) {
		return render(engine, template, items, evaluationContext());
	}

	private static String render(SpringTemplateEngine engine, String template, List<Object> items,
			ThymeleafEvaluationContext evaluation) {
		// as Spring's Thymeleaf view does for every page
		Context context = new Context();
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
		context.setVariable("items", items);
		return engine.process(template, context);
	}

	private static ThymeleafEvaluationContext evaluationContext() {
		return new ThymeleafEvaluationContext(APPLICATION, new DefaultConversionService());
	}

}
