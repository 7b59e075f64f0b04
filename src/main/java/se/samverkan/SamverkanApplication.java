package se.samverkan;

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
		SpringApplication.run(SamverkanApplication.class, args);
	}

}
