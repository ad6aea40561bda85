package kz.medcert.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.medcert.archfixture.broken.adapters.http.CrossAdapterController;
import kz.medcert.archfixture.broken.adapters.http.FileFormatAwareController;
import kz.medcert.archfixture.broken.adapters.http.ServiceCallingController;
import kz.medcert.archfixture.broken.adapters.http.WebAwareController;
import kz.medcert.archfixture.broken.adapters.http.epsilon.EpsilonRoutes;
import kz.medcert.archfixture.broken.adapters.http.zeta.ZetaRoutes;
import kz.medcert.archfixture.broken.adapters.messaging.CrossAdapterMailer;
import kz.medcert.archfixture.broken.adapters.persistence.CrossAdapterRepository;
import kz.medcert.archfixture.broken.adapters.persistence.GuiceAwareRepository;
import kz.medcert.archfixture.broken.adapters.registries.BootstrapAwareRegistry;
import kz.medcert.archfixture.broken.adapters.registerfile.CrossAdapterFileFormat;
import kz.medcert.archfixture.broken.adapters.registries.CrossAdapterRegistry;
import kz.medcert.archfixture.broken.adapters.registries.SignatureAwareRegistry;
import kz.medcert.archfixture.broken.adapters.signature.CrossAdapterSignatureCheck;
import kz.medcert.archfixture.broken.adapters.web.CrossAdapterPage;
import kz.medcert.archfixture.broken.adapters.web.ServiceCallingPage;
import kz.medcert.archfixture.broken.application.port.in.ApproveThingUseCase;
import kz.medcert.archfixture.broken.application.port.in.LeakyThingQuery;
import kz.medcert.archfixture.broken.application.port.in.gamma.GammaQuery;
import kz.medcert.archfixture.broken.application.port.out.OverloadedThingStore;
import kz.medcert.archfixture.broken.application.service.ChattyService;
import kz.medcert.archfixture.broken.application.service.CsvParsingService;
import kz.medcert.archfixture.broken.application.service.GuavaBackedService;
import kz.medcert.archfixture.broken.application.service.WallClockService;
import kz.medcert.archfixture.broken.application.service.WithdrawThingUseCase;
import kz.medcert.archfixture.broken.application.service.delta.DeltaService;
import kz.medcert.archfixture.broken.domain.ChattyDomainObject;
import kz.medcert.archfixture.broken.domain.InjectedPolicy;
import kz.medcert.archfixture.broken.domain.WallClockReader;
import kz.medcert.archfixture.broken.domain.alpha.Alpha;
import kz.medcert.archfixture.broken.domain.beta.Beta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule of {@link HexagonalRules} can fail: each rule fails on the broken fixture, naming exactly the
 * fixture classes written to break it (each fixture class breaks one rule only), and passes on the clean fixture.
 */
class ArchitectureRulesFailWhenBrokenTest {

    private static final String BROKEN = "kz.medcert.archfixture.broken";
    private static final String CLEAN = "kz.medcert.archfixture.clean";

    private static final Map<String, ArchRule> BROKEN_RULES = HexagonalRules.forBase(BROKEN).all();
    private static final Map<String, ArchRule> CLEAN_RULES = HexagonalRules.forBase(CLEAN).all();
    private static final JavaClasses BROKEN_CLASSES = new ClassFileImporter().importPackages(BROKEN);
    private static final JavaClasses CLEAN_CLASSES = new ClassFileImporter().importPackages(CLEAN);

    /** Rules that need domain or application classes: they must fail, not pass vacuously, when those are missing. */
    private static final List<String> CORE_RULES = List.of(
            "domainDependsOnlyOnJava", "applicationDependsOnlyOnDomainAndInject", "adaptersDoNotDependOnEachOther",
            "domainFeaturesAreFreeOfCycles", "applicationFeaturesAreFreeOfCycles", "coreDoesNotReadTheSystemClock",
            "useCasesAreInterfacesInPortIn", "portInDoesNotDependOnPortOut", "outPortsNameEachOperation",
            "coreDoesNotWriteToStandardStreams", "applicationReadsNoFileFormat");

    /** Which fixture classes break which rule, and what else the failure must mention. */
    private static final List<Breach> BREACHES = List.of(
            new Breach("domainDependsOnlyOnJava", List.of(InjectedPolicy.class), List.of("jakarta.inject.Inject")),
            new Breach("applicationDependsOnlyOnDomainAndInject", List.of(GuavaBackedService.class),
                    List.of("com.google.common.collect.ImmutableList")),
            new Breach("adaptersDoNotDependOnEachOther",
                    List.of(CrossAdapterController.class, CrossAdapterRepository.class, CrossAdapterRegistry.class,
                            CrossAdapterFileFormat.class, FileFormatAwareController.class, CrossAdapterPage.class,
                            WebAwareController.class, CrossAdapterSignatureCheck.class, SignatureAwareRegistry.class,
                            CrossAdapterMailer.class),
                    List.of(BROKEN + ".adapters.persistence.ThingRow", BROKEN + ".adapters.registries.RegistryRecord",
                            BROKEN + ".adapters.http.ThingResponse", BROKEN + ".adapters.registerfile.ThingFileLine",
                            BROKEN + ".adapters.web.ThingPageModel", BROKEN + ".adapters.signature.SignerFacts")),
            new Breach("nothingDependsOnBootstrap", List.of(BootstrapAwareRegistry.class),
                    List.of(BROKEN + ".bootstrap.BrokenFixtureModule")),
            new Breach("onlyBootstrapUsesGuice", List.of(GuiceAwareRepository.class),
                    List.of("com.google.inject.Inject")),
            new Breach("domainFeaturesAreFreeOfCycles", List.of(Alpha.class, Beta.class), List.of("Cycle detected")),
            new Breach("applicationFeaturesAreFreeOfCycles", List.of(GammaQuery.class, DeltaService.class),
                    List.of("Cycle detected")),
            new Breach("httpFeaturesAreFreeOfCycles", List.of(EpsilonRoutes.class, ZetaRoutes.class),
                    List.of("Cycle detected", "HTTP feature epsilon", "HTTP feature zeta")),
            new Breach("coreDoesNotReadTheSystemClock", List.of(WallClockReader.class, WallClockService.class),
                    List.of("java.time.LocalDate.now()", "java.time.LocalDateTime.now()",
                            "java.time.ZonedDateTime.now()", "java.lang.System.currentTimeMillis()",
                            "java.time.Instant.now()", "java.time.LocalDate.now(java.time.ZoneId)",
                            "references method <java.time.Instant.now()>")),
            new Breach("useCasesAreInterfacesInPortIn", List.of(ApproveThingUseCase.class, WithdrawThingUseCase.class),
                    List.of("is no interface", "does not reside in a package")),
            new Breach("portInDoesNotDependOnPortOut", List.of(LeakyThingQuery.class),
                    List.of(BROKEN + ".application.port.out.ThingStore")),
            new Breach("outPortsNameEachOperation", List.of(OverloadedThingStore.class),
                    List.of("2 abstract methods named update")),
            new Breach("adaptersDoNotDependOnApplicationServices",
                    List.of(ServiceCallingController.class, ServiceCallingPage.class),
                    List.of(BROKEN + ".application.service.ThingService")),
            new Breach("coreDoesNotWriteToStandardStreams", List.of(ChattyDomainObject.class, ChattyService.class),
                    List.of("java.lang.System.out", "java.lang.System.err")),
            new Breach("applicationReadsNoFileFormat", List.of(CsvParsingService.class),
                    List.of("java.io.BufferedReader", "java.io.InputStreamReader")));

    record Breach(String rule, List<Class<?>> violators, List<String> mentions) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Breach> breaches() {
        return BREACHES.stream();
    }

    static Stream<String> ruleNames() {
        return BROKEN_RULES.keySet().stream();
    }

    static Stream<String> coreRuleNames() {
        return CORE_RULES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void ruleFails_onTheBrokenFixture_namingTheViolators(Breach breach) {
        ArchRule rule = BROKEN_RULES.get(breach.rule());

        Throwable failure = catchThrowable(() -> rule.check(BROKEN_CLASSES));

        assertThat(failure).isInstanceOf(AssertionError.class);
        for (Class<?> violator : breach.violators()) {
            assertThat(failure.getMessage()).containsPattern(named(violator));
        }
        assertThat(failure.getMessage()).contains(breach.mentions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void ruleFails_onlyBecauseOfItsOwnViolators(Breach breach) {
        ArchRule rule = BROKEN_RULES.get(breach.rule());

        List<String> violations = rule.evaluate(BROKEN_CLASSES).getFailureReport().getDetails();

        assertThat(violations).isNotEmpty().allSatisfy(violation -> assertThat(breach.violators())
                .anySatisfy(violator -> assertThat(violation).containsPattern(named(violator))));
        String report = String.join("\n", violations);
        BREACHES.stream().filter(other -> other != breach).flatMap(other -> other.violators().stream())
                .forEach(otherViolator -> assertThat(report).doesNotContainPattern(named(otherViolator)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleNames")
    void rulePasses_onTheCleanFixture(String ruleName) {
        ArchRule rule = CLEAN_RULES.get(ruleName);

        assertThatCode(() -> rule.check(CLEAN_CLASSES)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coreRuleNames")
    void coreRuleFails_whenTheCoreIsMissing_ratherThanPassingVacuously(String ruleName) {
        JavaClasses adaptersAndBootstrapOnly = new ClassFileImporter()
                .importPackages(CLEAN + ".adapters", CLEAN + ".bootstrap");
        ArchRule rule = CLEAN_RULES.get(ruleName);

        Throwable failure = catchThrowable(() -> rule.check(adaptersAndBootstrapOnly));

        assertThat(failure).isInstanceOf(AssertionError.class)
                .message().containsAnyOf("failed to check any classes", "is empty");
    }

    @Test
    void everyRule_hasABrokenFixture() {
        List<String> proven = BREACHES.stream().map(Breach::rule).collect(Collectors.toList());

        assertThat(proven).containsExactlyElementsOf(BROKEN_RULES.keySet());
    }

    @Test
    void architectureTest_appliesEveryRule_toTheProductionBase() throws IllegalAccessException {
        Map<String, ArchRule> expected = HexagonalRules.forBase(ArchitectureTest.BASE).all();

        Map<String, ArchRule> applied = archTestFieldsOf(ArchitectureTest.class);

        assertThat(applied).containsOnlyKeys(expected.keySet());
        expected.forEach((name, rule) ->
                assertThat(applied.get(name).getDescription()).as(name).isEqualTo(rule.getDescription()));
    }

    private static Map<String, ArchRule> archTestFieldsOf(Class<?> testClass) throws IllegalAccessException {
        List<Field> fields = Arrays.stream(testClass.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(ArchTest.class))
                .collect(Collectors.toList());
        assertThat(fields).allSatisfy(field -> assertThat(Modifier.isStatic(field.getModifiers())).isTrue());
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        for (Field field : fields) {
            rules.put(field.getName(), (ArchRule) field.get(null));
        }
        return rules;
    }

    /** The class's full name not continued by more of a name (so Foo does not match Foo$1 or FooBar). */
    private static Pattern named(Class<?> type) {
        return Pattern.compile(Pattern.quote(type.getName()) + "(?![\\w$])");
    }
}
