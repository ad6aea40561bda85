package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README's bash blocks, run exactly as written with bash and curl against a live service. Two things differ from a
 * user's run: the port, and the jar, which does not exist yet when the tests run (it is packaged after them):
 * {@code java -jar bootstrap/target/medcert-service.jar} runs the same main class from the test classpath instead,
 * with the service's token configuration (the environment's MEDCERT_* variables are not passed on).
 */
final class ReadmeScripts {
    static final String JAR_COMMAND = "java -jar bootstrap/target/medcert-service.jar";

    private ReadmeScripts() {
    }

    /** The README's bash block between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
    static String block(String name) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- " + name + ":start -->\\s*```bash\\n(.*?)```\\s*<!-- " + name
                + ":end -->", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has the " + name + " block").isTrue();
        return block.group(1);
    }

    /** Runs the block against {@code service}; it must end with status 0 within a minute. Returns its output. */
    static String run(String name, RunningService service) throws IOException, InterruptedException {
        String script = block(name).replace("http://localhost:8080", "http://localhost:"
                + service.uri("/").getPort()).replace(JAR_COMMAND, mainFromTestClasspath());
        Path dir = Files.createTempDirectory(name);
        Path file = dir.resolve(name + ".sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);

        ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", file.toString()).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("MEDCERT_"));
        Process bash = builder.start();
        boolean finished = bash.waitFor(60, TimeUnit.SECONDS);
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as(output).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        return output;
    }

    /** The jar's main class on this JVM and the test classpath, quoted for bash. */
    private static String mainFromTestClasspath() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return quoted(java) + " -cp " + quoted(System.getProperty("java.class.path")) + " kz.medcert.bootstrap.Main";
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
