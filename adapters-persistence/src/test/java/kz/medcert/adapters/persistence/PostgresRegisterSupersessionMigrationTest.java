package kz.medcert.adapters.persistence;

/** Schema version 9 on a PostgreSQL register stored at version 8. */
class PostgresRegisterSupersessionMigrationTest extends RegisterSupersessionMigrationContract {
    private static int databases;

    @Override
    protected String freshUrl() {
        return TestPostgres.freshDatabase("v9_migration_" + ++databases);
    }

    @Override
    protected String user() {
        return "postgres";
    }
}
