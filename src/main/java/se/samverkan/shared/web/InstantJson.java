package se.samverkan.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Instants leave the API as the contract writes them: ISO-8601 with the offset of Swedish
 * time ({@code 2027-03-14T09:00:00+01:00}), not in UTC, whichever module wrote them.
 */
@Configuration(proxyBeanMethods = false)
class InstantJson {

	@Bean
	JsonMapperBuilderCustomizer instantsWithSwedishOffset(Clock clock) {
		SimpleModule module = new SimpleModule("instants-with-offset");
		module.addSerializer(Instant.class, new ValueSerializer<Instant>() {

			@Override
			public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(clock.getZone())));
			}

		});
		return (builder) -> builder.addModule(module);
	}

}
