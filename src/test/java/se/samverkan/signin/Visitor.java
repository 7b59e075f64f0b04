package se.samverkan.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser: real HTTP against the running application with cookies,
 * redirects followed and the CSRF token of the last page sent with every form.
 */
final class Visitor {

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private String csrf;

	private HttpResponse<String> last;

	Visitor(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	HttpResponse<String> post(String path, String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		if (this.csrf != null) {
			form.put("_csrf", this.csrf);
		}
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Signs in through the form; returns the page it lands on. */
	HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return post("/login", "username", username, "password", password);
	}

	HttpResponse<String> signOut() {
		return post("/logout");
	}

	/**
	 * @return the path of the page the last request ended on, with its query
	 */
	String path() {
		URI uri = this.last.uri();
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	Document page() {
		return Jsoup.parse(this.last.body());
	}

	String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.base + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			this.last = this.http.send(request.header("Accept-Language", "sv").build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		String type = this.last.headers().firstValue("Content-Type").orElse("");
		if (type.startsWith("text/html")) {
			Element token = Jsoup.parse(this.last.body()).selectFirst("input[name=_csrf], meta[name=_csrf]");
			if (token != null) {
				this.csrf = token.hasAttr("content") ? token.attr("content") : token.attr("value");
			}
		}
		return this.last;
	}

}
