package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's start for the class-data archive: a first visit to the demo service, on nothing but its directory. */
class ClassDataTrainingTest {

    @Test
    void visitsTheDemoServiceOnAFreshDirectory_andLeavesNothingBehind(@TempDir Path temp) throws Exception {
        Path directory = temp.resolve("training");
        Files.createDirectories(directory.resolve("db"));
        Files.writeString(directory.resolve("db").resolve("left-over"), "from an earlier build");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        // the environment's own settings (another data directory, a database, a port) are not used
        int status = ClassDataTraining.run(List.of(directory.toString()), Map.of("MEDCERT_PORT", "1",
                        "MEDCERT_DATA_DIR", temp.resolve("elsewhere").toString(), "MEDCERT_DB_URL", "jdbc:nowhere"),
                print(out), print(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("GET /ping 200", "GET /health/ready 200",
                "GET /sign-in 200", "GET /docs 200");
        assertThat(directory).doesNotExist();
        assertThat(temp.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void withoutItsDirectory_printsTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(ClassDataTraining.run(List.of(), Map.of(), print(new ByteArrayOutputStream()), print(err)))
                .isEqualTo(ClassDataTraining.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("train-class-data <directory>");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
