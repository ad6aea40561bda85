package kz.medcert.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 34: on HSQLDB, the audit chain's head (AUDIT_HEAD, one row) is a MEMORY table. Every write of the
 * service updates that row twice ({@link AuditLog}: the lock, then the move), and HSQLDB's MVCC keeps each update as
 * a new version of the row until no transaction can see the old one; in a CACHED table (the file database's default)
 * every step through those versions is a fetch from the data file's row cache under its lock, 16 % of a submission's
 * CPU in a profile of the HTTP benchmark. A MEMORY table keeps its rows and index on the heap (one row here); its
 * changes go to the same log, synced at each commit, so nothing about durability changes. The other tables stay CACHED:
 * they grow with the data. PostgreSQL has nothing to change; an in-memory HSQLDB keeps every table in memory already.
 */
final class V34__audit_head_in_memory extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().startsWith("HSQL")) {
            return;
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("SET TABLE audit_head TYPE MEMORY");
        }
    }
}
