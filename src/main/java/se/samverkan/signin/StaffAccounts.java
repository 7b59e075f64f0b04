package se.samverkan.signin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import se.samverkan.organisation.Directory;

/** Loads the account behind a user name; a deactivated account is found but disabled. */
@Component
class StaffAccounts implements UserDetailsService {

	private final Directory directory;

	StaffAccounts(Directory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.directory.account(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

}
