package kz.medcert.bootstrap;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.HmacAuditKey;
import kz.medcert.adapters.persistence.JdbiAuditTrail;
import kz.medcert.domain.audit.AuditKey;
import kz.medcert.domain.audit.ChainCheck;

/**
 * {@code medcert-service.jar verify-audit}: verifies the whole audit chain of the configured database with the
 * service's key, a batch of entries at a time (memory does not grow with the log), and prints one line: the entries
 * and the head the chain ends at, or the first broken entry and why. It writes nothing. Exit status 0 intact, 1 broken,
 * 2 a configuration error, 3 the database could not be read.
 *
 * <p>An embedded HSQLDB file database takes one process at a time: stop the service first, or verify over HTTP
 * ({@code GET /api/v1/admin/audit/verification}).
 */
public final class VerifyAuditCommand {
    static final String NAME = "verify-audit";
    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private VerifyAuditCommand() {
    }

    public static int run(List<String> args, AppConfig config, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println(NAME + ": takes no arguments");
            err.println(usage());
            return USAGE;
        }
        AuditKey key;
        try {
            key = HmacAuditKey.of(ServiceKeys.load(config).auditChain());
        } catch (RuntimeException e) {
            err.println(NAME + ": " + e.getMessage());
            return USAGE;
        }
        long started = System.nanoTime();
        try (Database database = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), 1)) {
            ChainCheck check = new JdbiAuditTrail(database.withAuditKey(key).jdbi()).verifyAll();
            double seconds = (System.nanoTime() - started) / 1e9;
            return check.fold(intact -> {
                out.printf(Locale.ROOT, "%s: intact: %,d entries (%,d sealed before the service had its key), head "
                                + "%d %s; %.1f s%n", NAME, intact.entries(), intact.plainEntries(),
                        intact.head().sequence(), intact.head().hash(), seconds);
                return INTACT;
            }, broken -> {
                out.printf(Locale.ROOT, "%s: BROKEN at entry %d (%s): %s; %,d entries verified before it; %.1f s%n",
                        NAME, broken.sequence(), broken.breach(), broken.explanation(), broken.verified(), seconds);
                return BROKEN;
            });
        } catch (RuntimeException e) {
            err.println(NAME + ": the audit log could not be read: " + e.getMessage());
            return FAILED;
        }
    }

    static String usage() {
        return "usage: java -jar medcert-service.jar verify-audit\n"
                + "       (the database is MEDCERT_DB_URL, or the HSQLDB file under MEDCERT_DATA_DIR; the key is "
                + "MEDCERT_KEY_FILE, or the demo's in the data directory)";
    }
}
