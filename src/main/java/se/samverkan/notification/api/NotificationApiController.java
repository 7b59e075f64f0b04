package se.samverkan.notification.api;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.notification.Inbox;
import se.samverkan.notification.Notification;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaffIdentity;

/**
 * The caller's own notifications. Another user's notification answers 404, as if it did
 * not exist.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

	private final Inbox inbox;

	private final MessageSource messages;

	private final Clock clock;

	NotificationApiController(Inbox inbox, MessageSource messages, Clock clock) {
		this.inbox = inbox;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	Page<NotificationResponse> notifications(@AuthenticationPrincipal StaffIdentity me,
			@RequestParam(required = false) Boolean unread, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Locale locale) {
		return this.inbox.notifications(me.staffId(), unread, PageRequest.of(page, size))
			.map((notification) -> response(notification, locale));
	}

	@GetMapping("/{id}")
	NotificationResponse notification(@AuthenticationPrincipal StaffIdentity me, @PathVariable UUID id, Locale locale) {
		return response(this.inbox.notification(me.staffId(), id), locale);
	}

	@PostMapping("/{id}/read")
	NotificationResponse markRead(@AuthenticationPrincipal StaffIdentity me, @PathVariable UUID id, Locale locale) {
		return response(this.inbox.markRead(me.staffId(), id), locale);
	}

	@PostMapping("/read")
	MarkedRead markAllRead(@AuthenticationPrincipal StaffIdentity me) {
		return new MarkedRead(this.inbox.markAllRead(me.staffId()));
	}

	private NotificationResponse response(Notification notification, Locale locale) {
		return new NotificationResponse(notification.id(), notification.text(this.messages, locale),
				notification.messageKey(), notification.arguments(), notification.safeLink(),
				offset(notification.createdAt()), !notification.unread(), offset(notification.readAt()),
				notification.version());
	}

	private OffsetDateTime offset(Instant instant) {
		return (instant != null) ? instant.atZone(this.clock.getZone()).toOffsetDateTime() : null;
	}

	record NotificationResponse(UUID id, String message, String messageKey, List<String> arguments, String link,
			OffsetDateTime createdAt, boolean read, OffsetDateTime readAt, int version) {
	}

	record MarkedRead(int marked) {
	}

}
