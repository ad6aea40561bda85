package kz.medcert.adapters.persistence;

import java.sql.SQLException;

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
}
