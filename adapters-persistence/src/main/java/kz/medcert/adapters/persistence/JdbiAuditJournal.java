package kz.medcert.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.domain.audit.AuditedStep;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/** Appends administrators' operations to the audit log ({@link AuditLog}), one transaction per entry. */
public final class JdbiAuditJournal implements AuditJournal {
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;

    @Inject
    public JdbiAuditJournal(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** A serialization failure (HSQLDB's MVCC, two appenders at once) rolls back; the entry is appended again. */
    @Override
    public void append(AuditedStep step) {
        Objects.requireNonNull(step, "step");
        for (int attempt = 1; ; attempt++) {
            try {
                jdbi.useTransaction(h -> AuditLog.appendSteps(h, List.of(step)));
                return;
            } catch (StatementException e) {
                if (!serializationFailure(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static boolean serializationFailure(StatementException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState().startsWith("40");
            }
        }
        return false;
    }
}
