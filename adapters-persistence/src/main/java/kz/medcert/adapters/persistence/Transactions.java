package kz.medcert.adapters.persistence;

import java.sql.SQLException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/** What a failed statement says about its transaction. */
final class Transactions {

    private Transactions() {
    }

    /** The SQLSTATE of the first SQL exception in the cause chain, or empty. */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /**
     * A serialization failure or a deadlock (SQLSTATE class 40: HSQLDB's MVCC, PostgreSQL's deadlock detector): the
     * transaction was rolled back and may simply be run again.
     */
    static boolean retryable(Throwable failure) {
        return sqlState(failure).startsWith("40");
    }

    /**
     * Runs {@code claim}, a conditional update of one row that a concurrent claimer waits on and then finds taken:
     * whether this instance got the row. Losing the race may also surface as a serialization failure (HSQLDB's MVCC),
     * which means the same: another instance has it.
     */
    static boolean claimed(Jdbi jdbi, HandleCallback<Integer, RuntimeException> claim) {
        try {
            return jdbi.withHandle(claim) == 1;
        } catch (StatementException e) {
            if (retryable(e)) {
                return false;
            }
            throw e;
        }
    }
}
