package kz.medcert.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Scanner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hexagonal architecture rules of MedCert, written once against a base package so that the same rules run on
 * the production code ({@code kz.medcert}) and on the fixtures that prove each rule can fail
 * ({@code kz.medcert.archfixture.*}).
 *
 * <p>ArchUnit's {@code archRule.failOnEmptyShould} stays on: a rule about the domain or the application fails when it
 * finds no class to check, so a misspelt package cannot make it pass vacuously. Only rules whose subject is an adapter
 * package tolerate an empty subject, because the adapter modules may have no classes yet.
 */
public final class HexagonalRules {

    private final String base;
    private final String domain;
    private final String application;
    private final String portIn;
    private final String portOut;
    private final String services;
    private final String adapters;
    private final String bootstrap;

    private HexagonalRules(String base) {
        this.base = base;
        this.domain = base + ".domain..";
        this.application = base + ".application..";
        this.portIn = base + ".application.port.in..";
        this.portOut = base + ".application.port.out..";
        this.services = base + ".application.service..";
        this.adapters = base + ".adapters..";
        this.bootstrap = base + ".bootstrap..";
    }

    /** The rules for the code base whose modules live under {@code base} (e.g. {@code kz.medcert}). */
    public static HexagonalRules forBase(String base) {
        return new HexagonalRules(base);
    }

    /** Every rule by name; the names are the method names below (ArchitectureTest uses them as field names). */
    public Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domainDependsOnlyOnJava", domainDependsOnlyOnJava());
        rules.put("applicationDependsOnlyOnDomainAndInject", applicationDependsOnlyOnDomainAndInject());
        rules.put("adaptersDoNotDependOnEachOther", adaptersDoNotDependOnEachOther());
        rules.put("nothingDependsOnBootstrap", nothingDependsOnBootstrap());
        rules.put("onlyBootstrapUsesGuice", onlyBootstrapUsesGuice());
        rules.put("domainFeaturesAreFreeOfCycles", domainFeaturesAreFreeOfCycles());
        rules.put("applicationFeaturesAreFreeOfCycles", applicationFeaturesAreFreeOfCycles());
        rules.put("httpFeaturesAreFreeOfCycles", httpFeaturesAreFreeOfCycles());
        rules.put("coreDoesNotReadTheSystemClock", coreDoesNotReadTheSystemClock());
        rules.put("useCasesAreInterfacesInPortIn", useCasesAreInterfacesInPortIn());
        rules.put("portInDoesNotDependOnPortOut", portInDoesNotDependOnPortOut());
        rules.put("outPortsNameEachOperation", outPortsNameEachOperation());
        rules.put("adaptersDoNotDependOnApplicationServices", adaptersDoNotDependOnApplicationServices());
        rules.put("coreDoesNotWriteToStandardStreams", coreDoesNotWriteToStandardStreams());
        rules.put("applicationReadsNoFileFormat", applicationReadsNoFileFormat());
        return rules;
    }

    public ArchRule domainDependsOnlyOnJava() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..")
                .because("the domain must build and run without any library or framework");
    }

    public ArchRule applicationDependsOnlyOnDomainAndInject() {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(application, domain, "java..", "jakarta.inject..")
                .because("use cases know the domain and their ports; technology lives in adapters");
    }

    /**
     * Adapters never depend on each other (nor does the core depend on them). The core's own direction (domain before
     * application) is {@link #domainDependsOnlyOnJava()}'s job. Bootstrap is no layer: it may see everything, and
     * {@link #nothingDependsOnBootstrap()} guards the other direction.
     */
    public ArchRule adaptersDoNotDependOnEachOther() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy(domain)
                .layer("application").definedBy(application)
                // optional: the adapter modules may have no classes yet
                .optionalLayer("http").definedBy(base + ".adapters.http..")
                .optionalLayer("persistence").definedBy(base + ".adapters.persistence..")
                .optionalLayer("registries").definedBy(base + ".adapters.registries..")
                .optionalLayer("registerfile").definedBy(base + ".adapters.registerfile..")
                .optionalLayer("web").definedBy(base + ".adapters.web..")
                .optionalLayer("signature").definedBy(base + ".adapters.signature..")
                .optionalLayer("messaging").definedBy(base + ".adapters.messaging..")
                .whereLayer("http").mayNotBeAccessedByAnyLayer()
                .whereLayer("persistence").mayNotBeAccessedByAnyLayer()
                .whereLayer("registries").mayNotBeAccessedByAnyLayer()
                .whereLayer("registerfile").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("signature").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer();
    }

    /** Also covers "adapters never depend on bootstrap". */
    public ArchRule nothingDependsOnBootstrap() {
        return noClasses().that().resideOutsideOfPackage(bootstrap)
                .should().dependOnClassesThat().resideInAPackage(bootstrap)
                .because("bootstrap is the composition root: it knows every module, no module knows it");
    }

    public ArchRule onlyBootstrapUsesGuice() {
        return noClasses().that().resideOutsideOfPackage(bootstrap)
                .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
                .because("wiring is bootstrap's job; elsewhere constructors carry jakarta.inject.Inject only");
    }

    public ArchRule domainFeaturesAreFreeOfCycles() {
        return slices().matching(base + ".domain.(*)..").should().beFreeOfCycles();
    }

    /**
     * The application's features (the in-ports of {@code port.in.<feature>} and the services of
     * {@code service.<feature>}, one slice per feature name) depend on each other in one direction only; what every
     * feature shares lives in {@code port.in} and {@code service} themselves, outside any slice.
     */
    public ArchRule applicationFeaturesAreFreeOfCycles() {
        Pattern feature = Pattern.compile(Pattern.quote(base) + "\\.application\\.(?:port\\.in|service)\\.(\\w+)");
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                Matcher matcher = feature.matcher(type.getPackageName());
                return matcher.lookingAt() ? SliceIdentifier.of(matcher.group(1)) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "features of the application (port.in.<feature> with service.<feature>)";
            }
        }).should().beFreeOfCycles();
    }

    /**
     * The HTTP adapter's features (one slice per package under {@code adapters.http}, e.g. {@code requests},
     * {@code decisions}) depend on each other in one direction only; what they share lives in {@code adapters.http}
     * itself, outside any slice.
     */
    public ArchRule httpFeaturesAreFreeOfCycles() {
        return slices().matching(base + ".adapters.http.(*)..")
                .namingSlices("HTTP feature $1")
                .should().beFreeOfCycles()
                .allowEmptyShould(true); // the adapter modules may have no classes yet
    }

    public ArchRule coreDoesNotReadTheSystemClock() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should().accessTargetWhere(readsTheSystemClock())
                .because("time is a parameter or comes from an injected java.time.Clock, so tests control it");
    }

    public ArchRule useCasesAreInterfacesInPortIn() {
        return classes().that().resideInAPackage(base + "..").and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces().andShould().resideInAPackage(portIn)
                .because("a use case is an in-port; its implementation is a *Service in application.service");
    }

    public ArchRule portInDoesNotDependOnPortOut() {
        return noClasses().that().resideInAPackage(portIn)
                .should().dependOnClassesThat().resideInAPackage(portOut)
                .because("callers of a use case must not see how it reaches the outside world");
    }

    /**
     * An out-port names each of its operations by its intent: no two abstract methods of one port share a name, so
     * that no write's meaning hides in its argument types (a default method may still offer a shorter form). One port
     * is known to break it and is left out until it is renamed: {@code CertificateRegister}'s two {@code update}s
     * (with and without the notifications of the change), whose methods another branch is changing at this time.
     */
    public ArchRule outPortsNameEachOperation() {
        return classes().that().resideInAPackage(portOut).and().areInterfaces()
                .and().doNotHaveFullyQualifiedName(base + ".application.port.out.CertificateRegister")
                .should(declareNoOverloadedOperations())
                .because("a port's operations are named by intent (save, saveWithNotifications, issue, attach …), "
                        + "not told apart by their arguments");
    }

    private static ArchCondition<JavaClass> declareNoOverloadedOperations() {
        return new ArchCondition<>("declare no two abstract methods of one name") {
            @Override
            public void check(JavaClass port, ConditionEvents events) {
                Map<String, List<JavaMethod>> byName = port.getMethods().stream()
                        .filter(method -> method.getModifiers().contains(JavaModifier.ABSTRACT))
                        .collect(Collectors.groupingBy(JavaMethod::getName, TreeMap::new, Collectors.toList()));
                byName.forEach((name, methods) -> {
                    boolean overloaded = methods.size() > 1;
                    String message = port.getName() + (overloaded ? " declares " + methods.size()
                            + " abstract methods named " + name + ": " + methods.stream()
                            .map(JavaMethod::getFullName).sorted().collect(Collectors.joining(", "))
                            : " declares one abstract method named " + name);
                    events.add(new SimpleConditionEvent(port, !overloaded, message));
                });
            }
        };
    }

    public ArchRule adaptersDoNotDependOnApplicationServices() {
        return noClasses().that().resideInAPackage(adapters)
                .should().dependOnClassesThat().resideInAPackage(services)
                .because("adapters talk to the core through ports only")
                .allowEmptyShould(true); // the adapter modules may have no classes yet
    }

    public ArchRule coreDoesNotWriteToStandardStreams() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("the core reports through return values; logging belongs to adapters and bootstrap");
    }

    /**
     * A file format (the register's CSV) is an adapter's: the core hands the bytes to an out-port and gets domain
     * values back, so it never decodes or encodes text itself.
     */
    public ArchRule applicationReadsNoFileFormat() {
        return noClasses().that().resideInAPackage(application)
                .should().dependOnClassesThat().areAssignableTo(Reader.class)
                .orShould().dependOnClassesThat().areAssignableTo(Writer.class)
                .orShould().dependOnClassesThat().areAssignableTo(Scanner.class)
                .because("file formats live in adapters; the core sees rows of domain values");
    }

    /**
     * Calls (or method references) that read the wall clock: any {@code now(..)} of a {@code java.time} type except
     * {@code now(Clock)}, and {@code System.currentTimeMillis()}.
     */
    private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return DescribedPredicate.describe(
                "a method that reads the system clock (java.time now() without a Clock, System.currentTimeMillis())",
                access -> readsTheSystemClock(access.getTarget()));
    }

    private static boolean readsTheSystemClock(AccessTarget target) {
        if (!(target instanceof CodeUnitAccessTarget)) {
            return false;
        }
        JavaClass owner = target.getOwner();
        List<JavaClass> parameters = ((CodeUnitAccessTarget) target).getRawParameterTypes();
        boolean timeNow = isInJavaTime(owner) && target.getName().equals("now")
                && !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
        boolean millis = owner.isEquivalentTo(System.class) && target.getName().equals("currentTimeMillis");
        return timeNow || millis;
    }

    private static boolean isInJavaTime(JavaClass type) {
        return type.getPackageName().equals("java.time") || type.getPackageName().startsWith("java.time.");
    }
}
