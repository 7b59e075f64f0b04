/** The referrals' REST API under {@code /api/v1/referrals}. */
package se.samverkan.referrals.api;
