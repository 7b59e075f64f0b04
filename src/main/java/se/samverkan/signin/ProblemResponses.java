package se.samverkan.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for the API as problem details, written by the security filters before any
 * controller runs.
 */
@Component
class ProblemResponses {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	AuthenticationEntryPoint unauthorized() {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Samverkan\"");
			write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.unauthorized");
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
	}

	private void write(HttpServletResponse response, HttpStatus status, String code, String key) throws IOException {
		String title = this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), new Problem(title, status.value(), code));
	}

	record Problem(String title, int status, String code) {
	}

}
