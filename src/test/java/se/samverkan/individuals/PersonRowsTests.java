package se.samverkan.individuals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

import se.samverkan.shared.PersonalIdentityNumber;
import se.samverkan.testing.CountingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persons are read from their rows by hand ({@link PersonRows}, issue 7) into the same
 * person Spring Data JDBC's mapping makes, by id, by ids and by number.
 */
@Import(CountingDataSource.Installed.class)
class PersonRowsTests extends IndividualsApplicationTest {

	@Autowired
	Persons persons;

	@Autowired
	JdbcAggregateOperations aggregates;

	@Test
	@DisplayName("L1 L4 a person read by id, by ids or by number is the person Spring Data JDBC maps, SIP reference, protected identity and version included")
	void readsMapEveryColumn() throws Exception {
		UUID id = UUID.fromString(this.fixture.person("lss.karlstad", 10));
		Person registered = this.persons.findById(id).orElseThrow();
		registered.referToSip("SIP-2026-17");
		this.persons.save(registered);
		UUID hidden = this.persons.save(Person.register(
				PersonalIdentityNumber.parse(TestPersons.numberBornOn(this.fixture.today.minusYears(30)),
						this.fixture.today),
				"Skyddad", "Person", this.fixture.karlstad(), true, this.fixture.unitOf("lss.karlstad"),
				this.clock.instant()))
			.id();

		for (UUID person : List.of(id, hidden)) {
			Person mapped = this.aggregates.findById(person, Person.class);
			for (Person read : List.of(this.persons.findById(person).orElseThrow(),
					this.persons.findByPersonalIdentityNumber(mapped.personalIdentityNumber().value()).orElseThrow(),
					this.persons.findAllById(List.of(person, UUID.randomUUID())).get(0))) {
				assertThat(read).usingRecursiveComparison().isEqualTo(mapped);
			}
		}
		Person referred = this.aggregates.findById(id, Person.class);
		assertThat(referred.sipReference()).isEqualTo("SIP-2026-17");
		assertThat(referred.version()).isEqualTo(1);
		assertThat(this.persons.findById(hidden).orElseThrow().protectedIdentity()).isTrue();
		assertThat(this.persons.findAllById(List.of())).isEmpty();
		assertThat(this.persons.findById(UUID.randomUUID())).isEmpty();
	}

	@Test
	@DisplayName("L1 a person is read in one statement of our own, not Spring Data JDBC's generated one")
	void readsAreOneStatementOfOurOwn() throws Exception {
		UUID id = UUID.fromString(this.fixture.person("lss.karlstad", 11));
		String number = this.aggregates.findById(id, Person.class).personalIdentityNumber().value();
		assertThat(CountingDataSource.preparedBy(() -> this.persons.findByPersonalIdentityNumber(number)))
			.containsExactly("select * from person where personal_identity_number = ?");
		assertThat(CountingDataSource.preparedBy(() -> this.persons.findById(id)))
			.containsExactly("select * from person where id = ?");
		assertThat(CountingDataSource.preparedBy(() -> this.persons.findAllById(List.of(id))))
			.containsExactly("select * from person where id in (?)");
	}

}
