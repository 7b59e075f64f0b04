package se.samverkan.shared.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Request mappings that ask a request's path before anything else. For a path with a
 * variable ({@code /persons/{id}}) Spring tests every mapping of the application, some
 * 330: its method first (twice, the CORS check included), then its parameters, headers
 * and media types, and its path last, each question going through the five request
 * wrappers of the filters. Nearly every mapping fails on the path, so asking it first
 * leaves the rest to the few that share it: the lookup was a tenth of the request
 * threads' CPU in the benchmark (docs/performance.md). Which mapping wins is unchanged:
 * the same conditions decide, in another order.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstRequestMappings {

	/**
	 * Boot takes the one registration there is, and htmx's is one too: this one is
	 * primary and hands on htmx's adapter and exception resolver, as before.
	 */
	@Bean
	@Primary
	WebMvcRegistrations pathFirstRequestMappingRegistrations(HtmxMvcAutoConfiguration htmx) {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Mapping();
			}

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return htmx.getRequestMappingHandlerAdapter();
			}

			@Override
			public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
				return htmx.getExceptionHandlerExceptionResolver();
			}

		};
	}

	/** htmx's mapping (its {@code @HxRequest} conditions), asking the path first. */
	static final class Mapping extends HtmxRequestMappingHandlerMapping {

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (paths != null && paths.getMatchingCondition(request) == null) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

	}

}
