package kz.medcert.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import kz.medcert.adapters.persistence.stored.RequestStateJson;
import kz.medcert.domain.request.CertificationRequest;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 31: the queue's copies of requests stored before the columns existed. A request written before V4
 * had no department, one submitted before V8 no decision due date nor submission moment, and each kept NULL until
 * its next change: in no department's queue (R71, R73, R78) and counted for no department, though it awaited a
 * decision. Each such row gets the copies its state gives, as {@link CertificationRequestRow} writes them today, so
 * that the queue and the counts stay single indexed queries. A row whose state gives none (never submitted, no
 * region) keeps NULL. The row's state and version are not touched: nothing about the request changes.
 */
final class V31__request_queue_copies extends BaseJavaMigration {
    private static final int FETCH_SIZE = 1_000;
    private static final int UPDATE_BATCH = 1_000;
    private static final String WITHOUT_COPIES = "SELECT id, version, state_format, state FROM certification_request "
            + "WHERE department IS NULL OR decision_due IS NULL OR submitted_at IS NULL";
    private static final String COPY = "UPDATE certification_request SET department = ?, decision_due = ?, "
            + "submitted_at = ? WHERE id = ?";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement(WITHOUT_COPIES);
             PreparedStatement copy = connection.prepareStatement(COPY)) {
            read.setFetchSize(FETCH_SIZE);
            int unsent = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long version = rs.getLong("version");
                    CertificationRequestRow row = CertificationRequestRow.of(CertificationRequest.restore(
                            RequestStateJson.read(rs.getString("state"), rs.getInt("state_format"), version)),
                            version);
                    if (row.department() == null && row.decisionDue() == null && row.submittedAt() == null) {
                        continue;
                    }
                    set(copy, 1, row.department(), Types.VARCHAR);
                    set(copy, 2, row.decisionDue(), Types.DATE);
                    set(copy, 3, row.submittedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    copy.setObject(4, row.id());
                    copy.addBatch();
                    if (++unsent == UPDATE_BATCH) {
                        copy.executeBatch();
                        unsent = 0;
                    }
                }
            }
            if (unsent > 0) {
                copy.executeBatch();
            }
        }
    }

    private static void set(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value);
        }
    }
}
