package se.samverkan;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Samverkan: the working system behind "Struktur för samverkan" between Värmland's
 * municipalities and Region Värmland's habilitation.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SamverkanApplication {

	public static void main(String[] args) {
		// Every party is in Sweden: pages show Swedish time whatever zone the server runs
		// in.
		TimeZone.setDefault(TimeZone.getTimeZone("Europe/Stockholm"));
		SpringApplication.run(SamverkanApplication.class, args);
	}

}
