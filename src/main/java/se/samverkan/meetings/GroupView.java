package se.samverkan.meetings;

import java.util.UUID;

/** A group that meets. */
public record GroupView(UUID id, GroupKind kind, String name) {
}
