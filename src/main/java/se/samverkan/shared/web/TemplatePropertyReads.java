package se.samverkan.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;

/**
 * Every page's template reads its model's properties through {@link CheckedOnceAccessor}:
 * the engine context a page is rendered in is made by Thymeleaf's own factory, and then
 * its SpEL evaluation context (made anew for each page by Spring's Thymeleaf view) gets
 * the accessor in place of Thymeleaf's reflective one.
 */
@Configuration(proxyBeanMethods = false)
class TemplatePropertyReads {

	@Bean
	static BeanPostProcessor templatePropertyReadsInstaller() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof TemplateEngine engine) {
					engine.setEngineContextFactory(new Factory());
				}
				return bean;
			}
		};
	}

	static final class Factory implements IEngineContextFactory {

		private final IEngineContextFactory standard = new StandardEngineContextFactory();

		/**
		 * One for all pages: SpEL keeps an accessor only while it is in the context's
		 * list.
		 */
		private volatile CheckedOnceAccessor accessor;

		@Override
		public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
				Map<String, Object> templateResolutionAttributes, IContext context) {
			IEngineContext engineContext = this.standard.createEngineContext(configuration, templateData,
					templateResolutionAttributes, context);
			if (engineContext.getVariable(
					ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME) instanceof ThymeleafEvaluationContext evaluation) {
				List<PropertyAccessor> accessors = new ArrayList<>(evaluation.getPropertyAccessors());
				accessors.replaceAll((accessor) -> (accessor instanceof ReflectivePropertyAccessor checked)
						? accessor(checked) : accessor);
				evaluation.setPropertyAccessors(accessors);
			}
			return engineContext;
		}

		private CheckedOnceAccessor accessor(ReflectivePropertyAccessor checked) {
			CheckedOnceAccessor current = this.accessor;
			if (current == null) {
				current = new CheckedOnceAccessor(checked);
				this.accessor = current;
			}
			return current;
		}

	}

}
