package kz.medcert.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * No container runtime runs here, so the image is not built; what can be checked without one is: the Dockerfile
 * copies and runs the jar the Maven build makes, on a pinned official Temurin JRE, as a user who is not root;
 * compose.yaml starts it on PostgreSQL 17 with health checks, and names exactly the variables the service reads; README
 * documents both and every variable.
 */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theDockerfileCopiesTheJarTheBuildMakes_andRunsIt() throws Exception {
        List<String> docker = instructions(ROOT.resolve("Dockerfile"));
        String jar = builtJar();

        List<String> copies = docker.stream().filter(line -> line.startsWith("COPY ")).toList();
        assertThat(copies).singleElement().satisfies(copy -> assertThat(copy.split("\\s+")[1]).isEqualTo(jar));
        String installed = copies.get(0).split("\\s+")[2];
        assertThat(docker).filteredOn(line -> line.startsWith("ENTRYPOINT ")).singleElement()
                .satisfies(entry -> assertThat(entry).contains("\"-jar\", \"" + installed + "\""));
        // the build context lets exactly that jar through
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains("*", "!" + jar);
        // README's build makes it, and README runs it
        assertThat(readme()).contains("mvn -B -q -DskipTests package", "java -jar " + jar);
    }

    @Test
    void readmesStartCommand_readsTheClassDataArchiveTheBuildWrites_forThatJarByTheSamePath() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String training = "/project/build/plugins/plugin[artifactId='exec-maven-plugin']"
                + "//execution[id='class-data-archive']/configuration/";
        List<String> arguments = new java.util.ArrayList<>();
        org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) XPathFactory.newInstance().newXPath().evaluate(
                training + "arguments/argument", pom, javax.xml.xpath.XPathConstants.NODESET);
        for (int i = 0; i < nodes.getLength(); i++) {
            arguments.add(nodes.item(i).getTextContent().strip());
        }
        String archive = arguments.get(0).substring("-XX:ArchiveClassesAtExit=".length());

        // JDK 17 uses a dynamic archive only for the class path it was written with: the same relative jar path,
        // from the repository's root, where README's command runs
        assertThat(arguments.get(0)).startsWith("-XX:ArchiveClassesAtExit=bootstrap/target/");
        assertThat(arguments.subList(1, 3)).containsExactly("-jar", builtJar());
        assertThat(XPathFactory.newInstance().newXPath().evaluate(training + "workingDirectory", pom).strip())
                .isEqualTo("${project.basedir}/..");
        assertThat(readme()).contains("mvn -B -q -DskipTests package && java -XX:SharedArchiveFile=" + archive
                + " -jar " + builtJar() + "\n");
    }

    @Test
    void theImageIsAPinnedOfficialTemurinJre_runAsAUserWhoIsNotRoot_probedForReadiness() throws IOException {
        List<String> docker = instructions(ROOT.resolve("Dockerfile"));

        assertThat(docker).filteredOn(line -> line.startsWith("FROM ")).singleElement().satisfies(from ->
                assertThat(from).matches("FROM eclipse-temurin:(17|21|25)\\.\\d+\\.\\d+(\\.\\d+)?_\\d+-jre(-[a-z]+)?"));
        List<String> users = docker.stream().filter(line -> line.startsWith("USER ")).toList();
        assertThat(users).isNotEmpty();
        String user = users.get(users.size() - 1).substring("USER ".length()).split(":")[0];
        assertThat(user).isNotIn("root", "0");
        // the service runs as that user: nothing after it switches back
        assertThat(docker.indexOf(users.get(users.size() - 1))).isLessThan(indexOf(docker, "ENTRYPOINT "));
        assertThat(docker).filteredOn(line -> line.startsWith("HEALTHCHECK ")).singleElement()
                .satisfies(check -> assertThat(check).contains("/health/ready"));
    }

    @Test
    void composeNamesExactlyTheVariablesTheServiceReads() throws IOException {
        Map<String, Object> medcert = service("medcert");

        assertThat(environment(medcert).keySet()).isEqualTo(ConfigurationVariables.readByTheService());
    }

    @Test
    void composeRunsProduction_onPostgres17_withHealthChecks_volumes_andPlaceholderSecrets() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, Object> db = service("db");
        Map<String, Object> medcert = service("medcert");
        Map<String, Object> env = environment(medcert);

        assertThat((String) db.get("image")).matches("postgres:17(\\.\\d+)?(-[a-z]+)?");
        assertThat(db).containsKey("healthcheck");
        assertThat(medcert).containsKey("healthcheck");
        assertThat(medcert.get("healthcheck").toString()).contains("/health/ready");
        assertThat(medcert.get("depends_on")).isEqualTo(Map.of("db", Map.of("condition", "service_healthy")));
        assertThat(map(compose.get("volumes")).keySet()).containsExactlyInAnyOrder("db-data", "medcert-data");
        assertThat(strings(db.get("volumes"))).contains("db-data:/var/lib/postgresql/data");
        // not a demo: the identity provider's key, the service's own key, on the db service's database
        assertThat(env).containsEntry("MEDCERT_DEMO", "false");
        Map<String, Object> dbEnv = environment(db);
        assertThat(env.get("MEDCERT_DB_URL")).isEqualTo("jdbc:postgresql://db:5432/" + dbEnv.get("POSTGRES_DB"));
        assertThat(env.get("MEDCERT_DB_USER")).isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(env.get("MEDCERT_DB_PASSWORD")).isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));
        assertThat(env.get("MEDCERT_KEY_FILE")).isEqualTo("/run/secrets/medcert_key");
        assertThat(env.get("MEDCERT_JWT_PUBLIC_KEY_FILE")).isEqualTo("/run/secrets/idp_public_key");
        assertThat(map(compose.get("secrets")).keySet()).containsExactlyInAnyOrder("medcert_key", "idp_public_key");
        // secrets are placeholders that compose refuses to start without, never values in the file
        for (String secret : List.of("MEDCERT_DB_PASSWORD", "MEDCERT_METRICS_TOKEN", "MEDCERT_SMS_TOKEN")) {
            assertThat((String) env.get(secret)).as(secret).matches("\\$\\{" + secret + ":\\?[^}]+}");
        }
        assertThat(env).containsEntry("MEDCERT_LOG_FORMAT", "json");
        assertThat(strings(medcert.get("ports"))).contains("8080:8080", "127.0.0.1:" + env.get("MEDCERT_METRICS_PORT")
                + ":" + env.get("MEDCERT_METRICS_PORT"));
    }

    @Test
    void readmeShowsTheDeployment_andItsTableNamesEveryVariable() throws IOException {
        String readme = readme();
        Matcher deployment = Pattern.compile("\n## Deployment\n(.*?)\n## ", Pattern.DOTALL).matcher(readme);
        assertThat(deployment.find()).as("README has a Deployment section").isTrue();
        assertThat(deployment.group(1)).contains("docker build", "docker compose up", "Dockerfile", "compose.yaml");

        Matcher table = Pattern.compile("\\| variable \\| default \\| meaning \\|\n(.*?)\n\n", Pattern.DOTALL)
                .matcher(readme);
        assertThat(table.find()).isTrue();
        Set<String> documented = new TreeSet<>();
        Matcher name = Pattern.compile("`(MEDCERT_[A-Z0-9_]+)`").matcher(table.group(1));
        while (name.find()) {
            documented.add(name.group(1));
        }
        assertThat(documented).isEqualTo(ConfigurationVariables.readByTheService());
    }

    /** The runnable jar: the shade plugin's finalName in bootstrap's pom, under bootstrap/target. */
    private static String builtJar() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        String finalName = XPathFactory.newInstance().newXPath().evaluate(
                "/project/build/plugins/plugin[artifactId='maven-shade-plugin']//finalName", pom).strip();
        assertThat(finalName).isNotBlank();
        return "bootstrap/target/" + finalName + ".jar";
    }

    /** The Dockerfile's instructions, continuation lines joined, comments left out. */
    private static List<String> instructions(Path dockerfile) throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.startsWith("#") || text.isEmpty() && current.length() == 0) {
                continue;
            }
            if (text.endsWith("\\")) {
                current.append(text, 0, text.length() - 1).append(' ');
                continue;
            }
            instructions.add(current.append(text).toString().replaceAll("\\s+", " ").strip());
            current.setLength(0);
        }
        return instructions;
    }

    private static int indexOf(List<String> instructions, String prefix) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix + "in " + instructions);
    }

    private static Map<String, Object> compose() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("compose.yaml"))) {
            return new Yaml().load(in);
        }
    }

    private static Map<String, Object> service(String name) throws IOException {
        return map(map(compose().get("services")).get(name));
    }

    /** A service's environment in map form (a key with no value passes the variable on from the host). */
    private static Map<String, Object> environment(Map<String, Object> service) {
        return map(service.get("environment"));
    }

    private static List<String> strings(Object yaml) {
        assertThat(yaml).isInstanceOf(List.class);
        return ((List<?>) yaml).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        assertThat(yaml).isInstanceOf(Map.class);
        return (Map<String, Object>) yaml;
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    }
}
