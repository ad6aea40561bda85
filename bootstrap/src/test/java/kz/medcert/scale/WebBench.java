package kz.medcert.scale;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.bootstrap.AppConfig;
import kz.medcert.bootstrap.MedCertService;
import kz.medcert.bootstrap.WebConfig;

/**
 * The web front's benchmark (not a test): the time the server takes to render the officer's queue page over 10,000
 * requests awaiting a decision, and the weight of each page (HTML + CSS + JS it loads). Writes the applications with
 * {@link GenerateApplications} (45 % of them accepted) into a fresh embedded database, starts the service on it, signs
 * in through the demo sign-in page and times {@code GET /officer} on loopback after a warm-up: for the administrator
 * (every department: all awaiting requests) and for one department's officer. Prints {@code RESULT key value} lines.
 *
 * <pre>mvn -B -q -pl bootstrap -am test-compile &amp;&amp; java -cp ... kz.medcert.scale.WebBench [applications]</pre>
 * ({@code scripts/bench-web.sh} runs it with the test classpath).
 */
public final class WebBench {
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");

    private WebBench() {
    }

    public static void main(String[] args) throws Exception {
        int applications = args.length > 0 ? Integer.parseInt(args[0]) : 22_300;
        Path dataDir = Files.createTempDirectory("medcert-web-bench");
        Map<String, String> env = Map.of("MEDCERT_DATA_DIR", dataDir.toString(), "MEDCERT_PORT", "0",
                "MEDCERT_RETRY_INTERVAL", "PT1H");
        AppConfig config = AppConfig.fromEnvironment(env);
        try (Database database = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), 6)) {
            new GenerateApplications().run(database, applications, 4, 20_261_120L);
        }
        try (MedCertService service = MedCertService.start(config, WebConfig.fromEnvironment(env, config),
                Clock.fixed(GenerateApplications.NOW, ZoneOffset.UTC))) {
            String base = "http://localhost:" + service.port();
            Session admin = Session.signIn(base, "admin");
            Session officer = Session.signIn(base, "officer:ALMATY_CITY");
            time("queue.admin", admin, base + "/officer");
            time("queue.admin.page100", admin, base + "/officer?offset=5000");
            time("queue.admin.filtered", admin, base + "/officer?status=ACCEPTED&specialty=THERAPY");
            time("queue.officer", officer, base + "/officer");
            weights(base, admin, officer);
        }
    }

    private static void time(String name, Session session, String url) throws Exception {
        String body = session.get(url).body();
        Matcher total = Pattern.compile("(\\d+) awaiting a decision").matcher(body);
        result(name + ".awaiting", total.find() ? Long.parseLong(total.group(1)) : -1);
        for (int i = 0; i < 200; i++) {
            session.get(url);
        }
        long[] nanos = new long[300];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            HttpResponse<String> page = session.get(url);
            nanos[i] = System.nanoTime() - started;
            if (page.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + page.statusCode());
            }
        }
        Arrays.sort(nanos);
        result(name + ".p50ms", nanos[nanos.length / 2] / 1e6);
        result(name + ".p95ms", nanos[nanos.length * 95 / 100] / 1e6);
        result(name + ".p99ms", nanos[nanos.length * 99 / 100] / 1e6);
        result(name + ".htmlBytes", body.getBytes(StandardCharsets.UTF_8).length);
    }

    /** HTML of each page plus the stylesheet and scripts it loads (each counted once per page, uncompressed). */
    private static void weights(String base, Session admin, Session officer) throws Exception {
        Session anonymous = Session.anonymous(base);
        Session applicant = Session.signIn(base, "applicant:850412413718");
        List<Object[]> pages = new ArrayList<>();
        pages.add(new Object[] {"sign-in", anonymous, "/sign-in"});
        pages.add(new Object[] {"applicant.requests", applicant, "/applicant"});
        pages.add(new Object[] {"applicant.new", applicant, "/applicant/requests/new"});
        pages.add(new Object[] {"officer.queue", officer, "/officer"});
        pages.add(new Object[] {"admin.overview", admin, "/admin"});
        pages.add(new Object[] {"admin.import", admin, "/admin/import"});
        pages.add(new Object[] {"admin.expiry", admin, "/admin/expiry"});
        pages.add(new Object[] {"admin.reference", admin, "/admin/reference"});
        String request = officer.get(base + "/officer").body()
                .replaceAll("(?s).*?href=\"(/officer/requests/[0-9a-f-]{36})\".*", "$1");
        pages.add(new Object[] {"officer.request", officer, request});
        pages.add(new Object[] {"admin.import.progress", admin, startImport(base, admin)});
        for (Object[] page : pages) {
            Session session = (Session) page[1];
            String html = session.get(base + page[2]).body();
            long css = 0;
            long js = 0;
            for (String href : assets(STYLESHEET, html)) {
                css += session.get(base + href).body().getBytes(StandardCharsets.UTF_8).length;
            }
            for (String src : assets(SCRIPT, html)) {
                js += session.get(base + src).body().getBytes(StandardCharsets.UTF_8).length;
            }
            long htmlBytes = html.getBytes(StandardCharsets.UTF_8).length;
            result("weight." + page[0] + ".html", htmlBytes);
            result("weight." + page[0] + ".css", css);
            result("weight." + page[0] + ".js", js);
            result("weight." + page[0] + ".total", htmlBytes + css + js);
        }
        for (String script : List.of("htmx.min.js", "ncalayer.js")) {
            result("weight.asset." + script, admin.get(base + "/assets/" + script).body()
                    .getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** Starts an import of a file of one refused row through the form, and gives the path of its progress page. */
    private static String startImport(String base, Session admin) throws Exception {
        String form = admin.get(base + "/admin/import").body();
        String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String boundary = "bench" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnot,a,register\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> started = admin.client.send(HttpRequest.newBuilder(URI.create(base + "/admin/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String path = started.uri().getPath();
        if (!path.startsWith("/admin/imports/")) {
            throw new IllegalStateException("the import did not start: " + started.statusCode() + " at " + path);
        }
        return path;
    }

    private static Set<String> assets(Pattern pattern, String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static void result(String key, double value) {
        System.out.printf(Locale.ROOT, "RESULT %s %s%n", key, value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value));
    }

    /** A browser's cookie jar, signed in through the demo page. */
    private record Session(HttpClient client) {
        static Session anonymous(String base) {
            return new Session(HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build());
        }

        static Session signIn(String base, String account) throws Exception {
            Session session = anonymous(base);
            String page = session.get(base + "/sign-in").body();
            String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            session.client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in/demo"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&next=%2F&account="
                            + java.net.URLEncoder.encode(account, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return session;
        }

        HttpResponse<String> get(String url) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
