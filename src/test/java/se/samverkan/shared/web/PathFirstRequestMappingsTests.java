package se.samverkan.shared.web;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A path with a variable finds its mapping asking the method only of the mappings that
 * share its path, and the method still decides among those.
 */
@SpringBootTest
class PathFirstRequestMappingsTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void the_method_is_asked_only_of_mappings_that_share_the_path() throws Exception {
		AtomicInteger methodAsked = new AtomicInteger();
		HttpServletRequest request = new HttpServletRequestWrapper(
				new MockHttpServletRequest("GET", "/persons/" + UUID.randomUUID())) {
			@Override
			public String getMethod() {
				methodAsked.incrementAndGet();
				return super.getMethod();
			}
		};

		assertThat(this.mappings).isInstanceOf(PathFirstRequestMappings.Mapping.class);
		assertThat(handler(request)).isEqualTo("PersonsController.person");
		// asking every mapping first, as Spring does, asked it more than 600 times
		assertThat(methodAsked).hasValueLessThan(20);
	}

	@Test
	void the_method_still_decides_among_the_mappings_of_a_path() throws Exception {
		String contacts = "/persons/" + UUID.randomUUID() + "/contacts";

		assertThat(handler(new MockHttpServletRequest("POST", contacts))).isEqualTo("RecordsController.recordContact");
		assertThatThrownBy(() -> handler(new MockHttpServletRequest("GET", contacts)))
			.isInstanceOf(HttpRequestMethodNotSupportedException.class);
	}

	private String handler(HttpServletRequest request) throws Exception {
		HandlerMethod method = (HandlerMethod) this.mappings.getHandler(request).getHandler();
		return method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
	}

}
