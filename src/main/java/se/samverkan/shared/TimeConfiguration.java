package se.samverkan.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole product, in Swedish time, so that tests can fix it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	@Bean
	Clock clock() {
		return Clock.system(SWEDEN);
	}

}
