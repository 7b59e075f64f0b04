package se.samverkan.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps Spring Session's filter (ordered just before it) so that the session a request
 * saved answers only that request's reads ({@link SavedSessionReuse}).
 */
class SavedSessionReuseFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SavedSessionReuse.open();
		try {
			chain.doFilter(request, response);
		}
		finally {
			SavedSessionReuse.close();
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
