package se.samverkan.individuals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of collaboration around individuals.
 *
 * @param adultAge the age from which VH rather than BUH serves a person (L2)
 */
@ConfigurationProperties("samverkan.individuals")
public record IndividualsProperties(@DefaultValue("18") int adultAge) {

	public IndividualsProperties {
		if (adultAge < 1 || adultAge > 30) {
			throw new IllegalArgumentException("samverkan.individuals.adult-age must be between 1 and 30");
		}
	}

}
