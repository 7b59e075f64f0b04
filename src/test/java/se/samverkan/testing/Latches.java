package se.samverkan.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting for another thread of a concurrency test: a bounded wait, so that a test whose
 * other thread never gets there fails rather than hangs.
 */
public final class Latches {

	private Latches() {
	}

	/** Waits until the latch opens; fails the test after 30 seconds. */
	public static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).as("waited for the other thread").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
