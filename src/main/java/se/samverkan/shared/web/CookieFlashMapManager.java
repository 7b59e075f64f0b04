package se.samverkan.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * Keeps the message a page shows once after a form's redirect in a cookie, not in the
 * session. With the session in the database, every redirect after a form wrote it twice:
 * once to keep the message and once to drop it when shown (issue 7: a sixth of the
 * benchmark's transactions).
 * <p>
 * Only text is kept — the pages flash message keys — so the cookie says nothing about
 * anyone. The pages show a kept key as a message ({@code #{${flash}}}, escaped), so a
 * cookie the client made up can at most pick another message.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class CookieFlashMapManager extends AbstractFlashMapManager {

	static final String COOKIE = "samverkan-flash";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final TypeReference<List<Kept>> KEPT = new TypeReference<>() {
	};

	/** Secure as the session's cookie is: always with profile {@code prod}. */
	private final boolean secure;

	CookieFlashMapManager(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		this.secure = secure;
	}

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null || !StringUtils.hasText(cookie.getValue())) {
			return null;
		}
		try {
			List<Kept> kept = json.readValue(Base64.getUrlDecoder().decode(cookie.getValue()), KEPT);
			return new ArrayList<>(kept.stream().filter(Objects::nonNull).map(Kept::flashMap).toList());
		}
		catch (IllegalArgumentException | JacksonException ex) {
			// Not one of ours: there is nothing to show.
			return null;
		}
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		String value = flashMaps.isEmpty() ? ""
				: Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(json.writeValueAsString(flashMaps.stream().map(Kept::of).toList())
						.getBytes(StandardCharsets.UTF_8));
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path(StringUtils.hasLength(request.getContextPath()) ? request.getContextPath() : "/")
			.httpOnly(true)
			.secure(this.secure || request.isSecure())
			.sameSite("Lax")
			.maxAge(flashMaps.isEmpty() ? 0 : getFlashMapTimeout())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** Each browser has its own cookie: nothing is shared to guard. */
	@Override
	protected Object getFlashMapsMutex(HttpServletRequest request) {
		return null;
	}

	/** A flash map as the cookie keeps it. */
	record Kept(String path, Map<String, List<String>> parameters, Map<String, String> attributes, long expires) {

		static Kept of(FlashMap map) {
			Map<String, String> attributes = new LinkedHashMap<>();
			map.forEach((name, value) -> {
				if (!(value instanceof String text)) {
					throw new IllegalArgumentException("Only text is flashed, not " + name);
				}
				attributes.put(name, text);
			});
			return new Kept(map.getTargetRequestPath(), map.getTargetRequestParams(), attributes,
					map.getExpirationTime());
		}

		/**
		 * The flash map, without the empty names and values a cookie made up may hold.
		 */
		FlashMap flashMap() {
			FlashMap map = new FlashMap();
			map.setTargetRequestPath(this.path);
			if (this.parameters != null) {
				this.parameters.forEach((name, values) -> {
					if (values != null) {
						values.forEach((value) -> map.addTargetRequestParam(name, value));
					}
				});
			}
			if (this.attributes != null) {
				this.attributes.forEach((name, value) -> {
					if (StringUtils.hasText(name) && value != null) {
						map.put(name, value);
					}
				});
			}
			map.setExpirationTime(this.expires);
			return map;
		}

	}

}
