package se.samverkan.notification.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkan.notification.Inbox;
import se.samverkan.notification.Notification;
import se.samverkan.shared.PageRequest;
import se.samverkan.shared.StaffIdentity;

/** The signed-in user's inbox: newest first, unread marked, read with one click. */
@Controller
class InboxController {

	static final String VIEW = "notification/inbox";

	static final int PAGE_SIZE = 25;

	private final Inbox inbox;

	private final MessageSource messages;

	private final Clock clock;

	InboxController(Inbox inbox, MessageSource messages, Clock clock) {
		this.inbox = inbox;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal StaffIdentity me, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		model.addAttribute("notifications",
				this.inbox.notifications(me.staffId(), null, new PageRequest(Math.max(page, 0), PAGE_SIZE))
					.map((notification) -> item(notification, locale)));
		model.addAttribute("unread", this.inbox.unreadCount(me.staffId()));
		return VIEW;
	}

	@PostMapping("/inbox/{id}/read")
	String markRead(@AuthenticationPrincipal StaffIdentity me, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		this.inbox.markRead(me.staffId(), id);
		redirect.addFlashAttribute("flash", "inbox.flash.read");
		return redirectTo(page);
	}

	@PostMapping("/inbox/read-all")
	String markAllRead(@AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
		this.inbox.markAllRead(me.staffId());
		redirect.addFlashAttribute("flash", "inbox.flash.allRead");
		return "redirect:/inbox";
	}

	private static String redirectTo(int page) {
		return (page > 0) ? "redirect:/inbox?page=" + page : "redirect:/inbox";
	}

	private Item item(Notification notification, Locale locale) {
		return new Item(notification.id(), notification.text(this.messages, locale), notification.safeLink(),
				notification.createdAt().atZone(this.clock.getZone()), notification.unread());
	}

	/** A notification as the page shows it, its text in the reader's language. */
	record Item(UUID id, String text, String link, ZonedDateTime at, boolean unread) {
	}

}
