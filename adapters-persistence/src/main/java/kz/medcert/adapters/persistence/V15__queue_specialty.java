package kz.medcert.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kz.medcert.adapters.persistence.stored.RequestStateJson;
import org.flywaydb.core.api.migration.BaseJavaMigration;

/**
 * Schema version 15: the officers' queue is filtered by the declared specialty (the web front, issue 14), so each
 * request keeps a copy of its form's declared specialty, written with every change as the department (V4) and the
 * due date (V8) are, and indexed with them. The requests already awaiting a decision get theirs here, from their
 * stored state, so that a filtered queue misses none of them; the others get it when they next change, before they
 * can await a decision. (Numbered after the versions other changes have taken.)
 */
final class V15__queue_specialty extends BaseJavaMigration {
    private static final String AWAITING = "SELECT id, version, state_format, state FROM certification_request "
            + "WHERE status IN ('ACCEPTED', 'REFUSAL_PROPOSED')";
    private static final String COPY = "UPDATE certification_request SET declared_specialty = ? WHERE id = ?";
    private static final int BATCH = 1_000;

    @Override
    public void migrate(org.flywaydb.core.api.migration.Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE certification_request ADD COLUMN declared_specialty VARCHAR(64)");
            ddl.execute("CREATE INDEX certification_request_queue_specialty ON certification_request "
                    + "(department, status, declared_specialty, decision_due, submitted_at)");
        }
        try (PreparedStatement read = connection.prepareStatement(AWAITING);
             PreparedStatement copy = connection.prepareStatement(COPY)) {
            read.setFetchSize(BATCH);
            int waiting = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String specialty = RequestStateJson.read(rs.getString("state"), rs.getInt("state_format"),
                            rs.getLong("version")).form().declaredSpecialty().value();
                    copy.setString(1, specialty);
                    copy.setObject(2, rs.getObject("id"));
                    copy.addBatch();
                    if (++waiting == BATCH) {
                        copy.executeBatch();
                        waiting = 0;
                    }
                }
            }
            if (waiting > 0) {
                copy.executeBatch();
            }
        }
    }
}
