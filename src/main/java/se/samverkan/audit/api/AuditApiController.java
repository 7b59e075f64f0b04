package se.samverkan.audit.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.audit.AuditEntry;
import se.samverkan.audit.AuditQuery;
import se.samverkan.audit.AuditTrail;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/** The audit trail over the API, for administrators ({@code /api/v1/admin/**}). */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditApiController {

	private final AuditTrail trail;

	private final Clock clock;

	AuditApiController(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping
	Page<AuditEntryResponse> entries(@RequestParam(required = false) String actor,
			@RequestParam(required = false) UUID aggregateId, @RequestParam(required = false) String action,
			@RequestParam(required = false) String aggregateType, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.trail.entries(new AuditQuery(actor, action, aggregateType, aggregateId), PageRequest.of(page, size))
			.map(this::response);
	}

	private AuditEntryResponse response(AuditEntry entry) {
		return new AuditEntryResponse(entry.id(), entry.occurredAt().atZone(this.clock.getZone()).toOffsetDateTime(),
				entry.actor(), entry.action(), entry.aggregateType(), entry.aggregateId(), entry.versionBefore(),
				entry.versionAfter(), entry.summary());
	}

	record AuditEntryResponse(UUID id, OffsetDateTime occurredAt, String actor, String action, String aggregateType,
			UUID aggregateId, Integer versionBefore, Integer versionAfter, String summary) {
	}

}
