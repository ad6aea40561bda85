package kz.medcert.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import kz.medcert.adapters.registerfile.RegisterCsv;
import kz.medcert.application.testing.RegisterEntries;

/**
 * Writes a realistic register of {@code count} entries as CSV in the import layout ({@link RegisterCsv}), from
 * {@link RegisterEntries}: the same seed and day always give the same file.
 *
 * <pre>GenerateRegister count out.csv [seed] [today]</pre>
 */
public final class GenerateRegister {
    static final long DEFAULT_SEED = 20_261_125L;
    static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 1);

    private GenerateRegister() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: GenerateRegister <count> <out.csv> [seed] [today YYYY-MM-DD]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        LocalDate today = args.length > 3 ? LocalDate.parse(args[3]) : DEFAULT_TODAY;
        long started = System.nanoTime();
        RegisterEntries entries = new RegisterEntries(seed, today);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(RegisterCsv.header());
            writer.write('\n');
            for (long i = 0; i < count; i++) {
                writer.write(RegisterCsv.line(entries.next()));
                writer.write('\n');
            }
        }
        System.err.printf(Locale.ROOT, "generated %,d register rows (seed %d, today %s) into %s in %.1f s, %,d bytes%n",
                count, seed, today, out, (System.nanoTime() - started) / 1e9, Files.size(out));
    }
}
