package se.samverkan.resources;

/**
 * What an agreement's page shows, read once: the agreement and whether the reader may
 * approve it now for their unit (R15).
 */
public record ResourceAgreementPage(ResourceAgreementView agreement, boolean mayApprove) {

}
