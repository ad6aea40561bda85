package kz.medcert.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The import options that keep ArchitectureTest on production classes. */
class ArchitectureImportOptionsTest {

    private static final Location MAIN_JAR = Location.of(URI.create(
            "jar:file:/root/.m2/repository/kz/medcert/medcert-domain/0.1.0-SNAPSHOT/medcert-domain-0.1.0-SNAPSHOT.jar"
                    + "!/kz/medcert/domain/person/Iin.class"));
    private static final Location TEST_JAR = Location.of(URI.create(
            "jar:file:/work/main/domain/target/medcert-domain-0.1.0-SNAPSHOT-tests.jar"
                    + "!/kz/medcert/domain/person/IinExamplesTest.class"));
    private static final Location MAIN_FOLDER = Location.of(URI.create(
            "file:/work/main/domain/target/classes/kz/medcert/domain/person/Iin.class"));
    private static final Location FIXTURE = Location.of(URI.create(
            "file:/work/main/bootstrap/target/test-classes/kz/medcert/archfixture/broken/domain/InjectedPolicy.class"));

    @Test
    void testJars_areLeftOut_mainJarsAndFoldersKept() {
        ImportOption option = new ArchitectureTest.DoNotIncludeTestJars();

        assertThat(option.includes(TEST_JAR)).isFalse();
        assertThat(option.includes(MAIN_JAR)).isTrue();
        assertThat(option.includes(MAIN_FOLDER)).isTrue();
    }

    @Test
    void archFixtures_areLeftOut_productionClassesKept() {
        ImportOption option = new ArchitectureTest.DoNotIncludeArchFixtures();

        assertThat(option.includes(FIXTURE)).isFalse();
        assertThat(option.includes(MAIN_JAR)).isTrue();
        assertThat(option.includes(MAIN_FOLDER)).isTrue();
    }
}
