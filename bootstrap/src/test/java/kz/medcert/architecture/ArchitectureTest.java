package kz.medcert.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * Applies {@link HexagonalRules} to the production classes of every module (bootstrap's test classpath holds them
 * all). {@link ArchitectureRulesFailWhenBrokenTest} proves that each of these rules can fail.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = {
        ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.DoNotIncludeTestJars.class,
        ArchitectureTest.DoNotIncludeArchFixtures.class})
class ArchitectureTest {

    static final String BASE = "kz.medcert";

    private static final HexagonalRules RULES = HexagonalRules.forBase(BASE);

    @ArchTest
    static final ArchRule domainDependsOnlyOnJava = RULES.domainDependsOnlyOnJava();

    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomainAndInject = RULES.applicationDependsOnlyOnDomainAndInject();

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = RULES.adaptersDoNotDependOnEachOther();

    @ArchTest
    static final ArchRule nothingDependsOnBootstrap = RULES.nothingDependsOnBootstrap();

    @ArchTest
    static final ArchRule onlyBootstrapUsesGuice = RULES.onlyBootstrapUsesGuice();

    @ArchTest
    static final ArchRule domainFeaturesAreFreeOfCycles = RULES.domainFeaturesAreFreeOfCycles();

    @ArchTest
    static final ArchRule applicationFeaturesAreFreeOfCycles = RULES.applicationFeaturesAreFreeOfCycles();

    @ArchTest
    static final ArchRule httpFeaturesAreFreeOfCycles = RULES.httpFeaturesAreFreeOfCycles();

    @ArchTest
    static final ArchRule coreDoesNotReadTheSystemClock = RULES.coreDoesNotReadTheSystemClock();

    @ArchTest
    static final ArchRule useCasesAreInterfacesInPortIn = RULES.useCasesAreInterfacesInPortIn();

    @ArchTest
    static final ArchRule portInDoesNotDependOnPortOut = RULES.portInDoesNotDependOnPortOut();

    @ArchTest
    static final ArchRule outPortsNameEachOperation = RULES.outPortsNameEachOperation();

    @ArchTest
    static final ArchRule adaptersDoNotDependOnApplicationServices = RULES.adaptersDoNotDependOnApplicationServices();

    @ArchTest
    static final ArchRule coreDoesNotWriteToStandardStreams = RULES.coreDoesNotWriteToStandardStreams();

    @ArchTest
    static final ArchRule applicationReadsNoFileFormat = RULES.applicationReadsNoFileFormat();

    /**
     * {@code DoNotIncludeTests} recognises test output folders, not jars: test classes reached through another
     * module's packaged test-jar (e.g. under {@code mvn verify}) are not production code either.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** The deliberately broken (and the clean) fixtures of {@link ArchitectureRulesFailWhenBrokenTest}. */
    public static final class DoNotIncludeArchFixtures implements ImportOption {
        private static final Pattern FIXTURES = Pattern.compile(".*/kz/medcert/archfixture/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(FIXTURES);
        }
    }
}
