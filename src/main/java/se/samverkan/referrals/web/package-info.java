/** The referrals' pages: inbox and outbox, a new referral, one referral and its PDF. */
package se.samverkan.referrals.web;
