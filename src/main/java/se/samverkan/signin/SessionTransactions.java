package se.samverkan.signin;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session store's transactions: a write (the session's row and its attributes,
 * several statements) in a transaction of its own, as Spring Session does it; a read,
 * which is one statement, without one. Spring Session runs every read of a session in a
 * transaction of its own too: {@code BEGIN}, the select and {@code COMMIT}, three round
 * trips on every request where one does (issue 7). A single statement sees one consistent
 * snapshot without a transaction around it; an expired session found by the read is
 * deleted in one statement as well. A read inside a transaction of the caller keeps a
 * transaction of its own, as before: that one may be read-only, and the delete would fail
 * in it.
 */
final class SessionTransactions implements TransactionOperations {

	/** Set while a read of the store runs on this thread. */
	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final TransactionTemplate writes;

	SessionTransactions(PlatformTransactionManager transactionManager) {
		this.writes = new TransactionTemplate(transactionManager);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs a read of the store (a find, one statement) without a transaction of its own.
	 */
	static <T> T reading(Supplier<T> read) {
		READING.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			READING.remove();
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		boolean alone = READING.get() != null && !TransactionSynchronizationManager.isActualTransactionActive();
		return alone ? action.doInTransaction(new SimpleTransactionStatus(false)) : this.writes.execute(action);
	}

}
