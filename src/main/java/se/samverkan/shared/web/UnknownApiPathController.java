package se.samverkan.shared.web;

import java.util.LinkedHashSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.samverkan.shared.NotFoundException;

/**
 * The last resort for {@code /api/**}: every more specific mapping wins over this one, so
 * it only answers a path no endpoint has, with the contract's 404 {@code not-found}
 * problem instead of the servlet container's error page. A path that exists but not for
 * this method still gets 405 (or, for {@code OPTIONS}, its {@code Allow} header).
 */
@Hidden
@RestController
class UnknownApiPathController {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	UnknownApiPathController(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/api/**")
	ResponseEntity<Void> unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		Set<HttpMethod> allowed = methodsMappedTo(request);
		if (allowed.isEmpty()) {
			throw new NotFoundException();
		}
		if (HttpMethod.OPTIONS.matches(request.getMethod())) {
			allowed.add(HttpMethod.OPTIONS);
			return ResponseEntity.ok().allow(allowed.toArray(HttpMethod[]::new)).build();
		}
		throw new HttpRequestMethodNotSupportedException(request.getMethod(),
				allowed.stream().map(HttpMethod::name).toList());
	}

	/** The methods the other endpoints serve at this request's path. */
	private Set<HttpMethod> methodsMappedTo(HttpServletRequest request) {
		Set<HttpMethod> methods = new LinkedHashSet<>();
		RequestMappingHandlerMapping mapping = this.mappings.getIfAvailable();
		if (mapping == null) {
			return methods;
		}
		for (var entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			if (handler.getBeanType() == UnknownApiPathController.class || info.getPathPatternsCondition() == null
					|| info.getPathPatternsCondition().getMatchingCondition(request) == null) {
				continue;
			}
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				methods.add(method.asHttpMethod());
			}
		}
		return methods;
	}

}
