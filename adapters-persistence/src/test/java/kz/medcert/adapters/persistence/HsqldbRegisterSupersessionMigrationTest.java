package kz.medcert.adapters.persistence;

import java.util.UUID;

/** Schema version 9 on an HSQLDB register stored at version 8. */
class HsqldbRegisterSupersessionMigrationTest extends RegisterSupersessionMigrationContract {

    @Override
    protected String freshUrl() {
        return Database.memoryUrl("v9-" + UUID.randomUUID());
    }

    @Override
    protected String user() {
        return "SA";
    }
}
