package kz.medcert.adapters.registries;

import kz.medcert.application.port.out.AssessmentRegistryContract;
import kz.medcert.application.port.out.CertificateRegistryContract;
import kz.medcert.application.port.out.EducationRegistryContract;
import kz.medcert.application.port.out.EmploymentRegistryContract;
import kz.medcert.application.port.out.IdentityRegistryContract;
import kz.medcert.application.port.out.NameChangeRegistryContract;
import kz.medcert.application.port.out.ProhibitionRegistryContract;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Nested;

/**
 * The demo stubs keep each registry's contract the tests' fake registries keep, answering from the demo persons file
 * without faults: for each registry, a demo person it holds something of and one it holds nothing of (a demo person,
 * not a stranger, so that what the file leaves out is read as "nothing", too).
 */
class StubRegistriesContractTest {
    private static final DemoPersons PERSONS = DemoPersons.load();
    private static final RegistryBehaviours NORMAL = RegistryBehaviours.none();

    private static Iin demoPerson(String id) {
        return PERSONS.byId(id).orElseThrow().iin();
    }

    /** Holds P01 (the first demo person), not P20 (whom the state database of individuals does not hold). */
    @Nested
    class Identity extends IdentityRegistryContract {
        Identity() {
            super(() -> new StubIdentityRegistry(PERSONS, NORMAL), demoPerson("P01"), demoPerson("P20"));
        }
    }

    /** Holds P01 (a pediatrician with her diploma and internship), not P07 (no education on record). */
    @Nested
    class Education extends EducationRegistryContract {
        Education() {
            super(() -> new StubEducationRegistry(PERSONS, NORMAL), demoPerson("P01"), demoPerson("P07"));
        }
    }

    /** Holds P01 (a pediatrician with her current certificate), not P02 (a graduate without a certificate). */
    @Nested
    class Certificates extends CertificateRegistryContract {
        Certificates() {
            super(() -> new StubCertificateRegistry(PERSONS, NORMAL), demoPerson("P01"), demoPerson("P02"));
        }
    }

    /** Holds P03 (the demo person with a change of name on record), not P01 (one without). */
    @Nested
    class NameChanges extends NameChangeRegistryContract {
        NameChanges() {
            super(() -> new StubNameChangeRegistry(PERSONS, NORMAL), demoPerson("P03"), demoPerson("P01"));
        }
    }

    /** Holds P01 (a practising pediatrician), not P02 (a graduate never employed). */
    @Nested
    class Employment extends EmploymentRegistryContract {
        Employment() {
            super(() -> new StubEmploymentRegistry(PERSONS, NORMAL), demoPerson("P01"), demoPerson("P02"));
        }
    }

    /** Holds P02 (a graduate with an assessment result), not P01 (a pediatrician without one). */
    @Nested
    class Assessments extends AssessmentRegistryContract {
        Assessments() {
            super(() -> new StubAssessmentRegistry(PERSONS, NORMAL), demoPerson("P02"), demoPerson("P01"));
        }
    }

    /** Holds P08 (the demo person prohibited from practice), not P12 (the one the service holds no data about). */
    @Nested
    class Prohibitions extends ProhibitionRegistryContract {
        Prohibitions() {
            super(() -> new StubProhibitionRegistry(PERSONS, NORMAL), demoPerson("P08"), demoPerson("P12"));
        }
    }
}
