import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-instance case of scripts/bench-http.sh: how long after one instance acknowledges a revocation the other
 * instance's public verification answers REVOKED (its register entries are in memory; PostgreSQL's NOTIFY drops them).
 * For each number: read it on the second instance (so that it is in that instance's memory, and not yet revoked),
 * revoke it through the first as an officer of its issuing department, and from the moment the 200 arrives, read it
 * on the second instance in a tight loop until it says REVOKED.
 *
 * <pre>
 * java RevocationSeen.java FIRST_URL SECOND_URL TOKENS_FILE NUMBER...
 * </pre>
 *
 * TOKENS_FILE has "DEPARTMENT TOKEN" lines (officers). Prints one "SEEN number=... ms=..." line per number, then
 * "SEEN_MAX ms=...". JDK only (run by the source launcher).
 */
public final class RevocationSeen {
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    private static final Pattern ISSUER = Pattern.compile("\"issuer\":\\{\"code\":\"([A-Z_]+)\"");
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        String first = args[0];
        String second = args[1];
        List<String> tokens = Files.readAllLines(Path.of(args[2]));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Double> seen = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String number = args[i];
            String before = get(client, second + "/api/v1/public/certificates/" + number);
            Matcher issuer = ISSUER.matcher(before);
            if (!issuer.find() || status(before).equals("REVOKED")) {
                System.out.println("SKIP number=" + number + " (" + status(before) + ")");
                continue;
            }
            String token = tokens.stream().filter(l -> l.startsWith(issuer.group(1) + " ")).findFirst()
                    .map(l -> l.substring(l.indexOf(' ') + 1)).orElseThrow(() ->
                            new IllegalStateException("no officer token for " + issuer.group(1)));
            HttpResponse<String> revoked = client.send(HttpRequest.newBuilder(
                            URI.create(first + "/api/v1/certificates/" + number + "/revocation"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ground\":\"GROUND_4_COURT_PROHIBITION\","
                            + "\"reason\":\"bench-http two-instance case\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long acknowledged = System.nanoTime();
            if (revoked.statusCode() != 200) {
                throw new IllegalStateException("revocation of " + number + ": " + revoked.statusCode() + " "
                        + revoked.body());
            }
            int reads = 0;
            while (!status(get(client, second + "/api/v1/public/certificates/" + number)).equals("REVOKED")) {
                reads++;
                if (System.nanoTime() - acknowledged > GIVE_UP.toNanos()) {
                    throw new IllegalStateException(number + " not seen revoked on the second instance in " + GIVE_UP);
                }
            }
            double ms = (System.nanoTime() - acknowledged) / 1e6;
            seen.add(ms);
            System.out.printf("SEEN number=%s ms=%.1f stale_reads=%d%n", number, ms, reads);
        }
        System.out.printf("SEEN_MAX ms=%.1f count=%d%n", seen.stream().mapToDouble(d -> d).max().orElse(-1),
                seen.size());
    }

    private static String status(String body) {
        Matcher m = STATUS.matcher(body);
        return m.find() ? m.group(1) : "?";
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
