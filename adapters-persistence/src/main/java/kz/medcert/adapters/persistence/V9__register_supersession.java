package kz.medcert.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Supersessions;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 9: one current certificate per specialty (R14, R75, R79). Each register entry records the later
 * entry that replaced it and from when ({@code superseded_by}, {@code superseded_on}), written in the transaction that
 * registers the later one. The entries already stored (a register imported from CSV, the demo certificates) are marked
 * here by the same rule the service applies ({@link Supersessions}), so that a holder with several entries in one
 * specialty reads the same whether they came before or after this version. A migration in Java, not SQL, so that the
 * rule is written once. (V10 is another change's.)
 */
final class V9__register_supersession extends BaseJavaMigration {
    private static final int FETCH_SIZE = 1_000;
    private static final int UPDATE_BATCH = 1_000;
    // Only holders with more than one entry can have one replaced; ordered by holder to read them one at a time.
    private static final String HOLDERS_WITH_SEVERAL = "SELECT " + IssuedCertificateRow.COLUMNS_OF_V9
            + " FROM issued_certificate WHERE holder_iin IN (SELECT holder_iin FROM issued_certificate "
            + "GROUP BY holder_iin HAVING COUNT(*) > 1) ORDER BY holder_iin, issued_on, number";
    private static final String MARK = "UPDATE issued_certificate SET superseded_by = ?, superseded_on = ? "
            + "WHERE number = ? AND superseded_by IS NULL AND revoked_on IS NULL";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE issued_certificate ADD COLUMN superseded_by VARCHAR(40)");
            ddl.execute("ALTER TABLE issued_certificate ADD COLUMN superseded_on DATE");
            // both or neither; never the entry itself, never before its issue (the domain refuses the same)
            ddl.execute("ALTER TABLE issued_certificate ADD CONSTRAINT issued_certificate_supersession CHECK ("
                    + "(superseded_by IS NULL AND superseded_on IS NULL) OR (superseded_by IS NOT NULL "
                    + "AND superseded_on IS NOT NULL AND superseded_by <> number AND superseded_on >= issued_on))");
        }
        markStoredEntries(connection);
    }

    private static void markStoredEntries(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(HOLDERS_WITH_SEVERAL);
             PreparedStatement mark = connection.prepareStatement(MARK)) {
            read.setFetchSize(FETCH_SIZE);
            List<IssuedCertificate> holder = new ArrayList<>();
            int unsent = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    IssuedCertificate entry = IssuedCertificateRow.readOfV9(rs).toDomain();
                    if (!holder.isEmpty() && !holder.get(0).holder().equals(entry.holder())) {
                        unsent = mark(mark, holder, unsent);
                        holder.clear();
                    }
                    holder.add(entry);
                }
            }
            if (mark(mark, holder, unsent) > 0) {
                mark.executeBatch();
            }
        }
    }

    /** Adds the holder's pending supersessions to the batch, sent every {@value #UPDATE_BATCH}; returns how many wait. */
    private static int mark(PreparedStatement mark, List<IssuedCertificate> holder, int unsent) throws SQLException {
        int waiting = unsent;
        for (IssuedCertificate superseded : Supersessions.pending(holder)) {
            var supersession = superseded.supersession().orElseThrow();
            mark.setString(1, supersession.by().value());
            mark.setObject(2, supersession.on());
            mark.setString(3, superseded.number().value());
            mark.addBatch();
            if (++waiting == UPDATE_BATCH) {
                mark.executeBatch();
                waiting = 0;
            }
        }
        return waiting;
    }
}
