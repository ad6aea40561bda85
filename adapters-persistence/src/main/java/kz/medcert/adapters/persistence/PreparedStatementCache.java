package kz.medcert.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps JDBI's prepared statements open on each pooled connection, for HSQLDB. HSQLDB parses and plans a statement's
 * SQL every time it is prepared and forgets the plan when the statement is closed; JDBI prepares and closes one per
 * use, and neither the pool (HikariCP) nor HSQLDB's driver caches them. Parsing was a third of the CPU of a public
 * verification (one primary-key SELECT). PostgreSQL's driver caches parsed statements itself and does not need this.
 *
 * <p>Statements are prepared on the pool's underlying connection (so that the pool does not close them when the
 * connection goes back) and kept per connection and SQL text, at most {@value #PER_CONNECTION} per connection. A
 * statement is lent to one use at a time: the same SQL needed again while it is in use gets a fresh statement that is
 * closed after use. A statement handed back has its parameters, batch and per-use settings cleared. The statements of a
 * connection the pool has closed are dropped when the next connection is first seen.
 */
final class PreparedStatementCache implements StatementBuilderFactory {
    static final int PER_CONNECTION = 64;

    private final Map<Connection, Map<String, PreparedStatement>> idle = new IdentityHashMap<>();
    // The statements in use, with the SQL they were prepared for: JDBI hands back its own text of the statement
    // (with named parameters), not the rendered SQL it prepared.
    private final Map<PreparedStatement, String> lent = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        return new Builder();
    }

    // A connection's statements hold it, so the weak map alone would keep a closed one: it is dropped here.
    private Map<String, PreparedStatement> idleOf(Connection physical) {
        synchronized (idle) {
            Map<String, PreparedStatement> statements = idle.get(physical);
            if (statements == null) {
                idle.keySet().removeIf(PreparedStatementCache::isClosed);
                statements = new HashMap<>();
                idle.put(physical, statements);
            }
            return statements;
        }
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private final class Builder extends DefaultStatementBuilder {
        @Override
        public PreparedStatement create(Connection connection, String sql, StatementContext ctx) throws SQLException {
            if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
                return super.create(connection, sql, ctx);
            }
            Connection physical = connection.unwrap(Connection.class);
            Map<String, PreparedStatement> statements = idleOf(physical);
            PreparedStatement statement;
            synchronized (statements) {
                statement = statements.remove(sql);
            }
            if (statement == null || statement.isClosed()) {
                statement = physical.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            }
            lent.put(statement, sql);
            return statement;
        }

        @Override
        public void close(Connection connection, String jdbiSql, Statement statement) throws SQLException {
            String sql = statement instanceof PreparedStatement ? lent.remove(statement) : null;
            if (sql == null || statement.isClosed()) {
                super.close(connection, jdbiSql, statement);
                return;
            }
            PreparedStatement prepared = (PreparedStatement) statement;
            try {
                prepared.clearParameters();
                prepared.clearBatch();
                prepared.clearWarnings();
                prepared.setQueryTimeout(0);
                prepared.setFetchSize(0);
                prepared.setMaxRows(0);
            } catch (SQLException e) {
                prepared.close();
                throw e;
            }
            Map<String, PreparedStatement> statements = idleOf(connection.unwrap(Connection.class));
            boolean kept;
            synchronized (statements) {
                kept = statements.size() < PER_CONNECTION && statements.putIfAbsent(sql, prepared) == null;
            }
            if (!kept) {
                prepared.close();
            }
        }
    }
}
