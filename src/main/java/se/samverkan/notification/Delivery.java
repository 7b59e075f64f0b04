package se.samverkan.notification;

/** How a user gets e-mail about a kind of notice; the inbox always has it. */
public enum Delivery {

	/** One e-mail per notice, at once. */
	IMMEDIATE,

	/** One e-mail a day with all the day's notices. */
	DAILY_DIGEST

}
