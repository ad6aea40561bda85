package kz.medcert.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kz.medcert.adapters.persistence.stored.RequestStateJson;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 18: the officers' queue (R73, R78) in a table of its own, one narrow row per request awaiting a
 * decision ({@link RequestQueueRow}), filtered by department, status and declared specialty (the web front, issue
 * 14) and ordered by urgency through its indexes. The queue's copies on the request's own row (V4, V8) made every
 * count and every page read each awaiting request's whole row, JSON state included: seconds on HSQLDB at 10,000
 * awaiting (those copies are still written; nothing reads them now). The requests already awaiting get their row here,
 * from their stored state. A request deleted (the tests' clean-up; the service deletes none) takes its row along.
 * (V15 and V16 are the consent challenges and the retry claims, V17 the registry fallback.)
 */
final class V18__request_queue extends BaseJavaMigration {
    private static final String AWAITING = "SELECT version, state_format, state FROM certification_request "
            + "WHERE status IN ('ACCEPTED', 'REFUSAL_PROPOSED')";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE request_queue ("
                    + "request_id UUID NOT NULL, department VARCHAR(32), status VARCHAR(32) NOT NULL, "
                    + "declared_specialty VARCHAR(64) NOT NULL, decision_due DATE NOT NULL, "
                    + "submitted_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "CONSTRAINT request_queue_pk PRIMARY KEY (request_id), "
                    + "CONSTRAINT request_queue_request_fk FOREIGN KEY (request_id) "
                    + "REFERENCES certification_request (id) ON DELETE CASCADE)");
            // the administrator's queue (every department), and one department's: the order of urgency
            ddl.execute("CREATE INDEX request_queue_urgency ON request_queue (decision_due, submitted_at, request_id)");
            ddl.execute("CREATE INDEX request_queue_department ON request_queue "
                    + "(department, decision_due, submitted_at, request_id)");
        }
        try (PreparedStatement read = connection.prepareStatement(AWAITING)) {
            read.setFetchSize(1_000);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    RequestQueueRow.of(RequestStateJson.read(rs.getString("state"), rs.getInt("state_format"),
                            rs.getLong("version"))).orElseThrow().insert(connection);
                }
            }
        }
    }
}
