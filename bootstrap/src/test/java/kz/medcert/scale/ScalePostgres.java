package kz.medcert.scale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server for the scale measurements (the embedded binaries the contract tests use), on a fixed port,
 * with its data in a directory and the named databases created; prints {@code ready} and runs until the process is
 * stopped (SIGTERM). Synchronous commit stays on, as in production.
 *
 * <pre>ScalePostgres port dataDirectory [database...]</pre>
 */
public final class ScalePostgres {

    private ScalePostgres() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: ScalePostgres <port> <data directory> [database...]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path data = Files.createDirectories(Path.of(args[1]));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data)
                .setCleanDataDirectory(true).setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "50").start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }, "postgres-stop"));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (int i = 2; i < args.length; i++) {
                s.execute("CREATE DATABASE " + args[i]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the databases", e);
        }
        System.out.println("ready jdbc:postgresql://localhost:" + port + "/");
        System.out.flush();
        Thread.currentThread().join();
    }
}
