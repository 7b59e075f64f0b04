package se.samverkan.shared.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The folders of {@code src/main/resources/static} and the webjars, each under its own
 * path, in place of Spring Boot's {@code /**} ({@code spring.web.resources.add-mappings:
 * false}). The resource chain's URL rewriting (webjar links without a version get one)
 * looks every link a page builds up on the classpath when a handler's pattern matches it,
 * and caches only what it finds: with {@code /**} that was every link to a page, about
 * half the CPU of rendering one (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private static final List<String> FOLDERS = List.of("css", "js", "images");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}

}
