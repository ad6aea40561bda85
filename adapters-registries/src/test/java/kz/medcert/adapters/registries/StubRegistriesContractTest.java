package kz.medcert.adapters.registries;

import kz.medcert.application.port.out.AssessmentRegistry;
import kz.medcert.application.port.out.AssessmentRegistryContract;
import kz.medcert.application.port.out.CertificateRegistry;
import kz.medcert.application.port.out.CertificateRegistryContract;
import kz.medcert.application.port.out.EducationRegistry;
import kz.medcert.application.port.out.EducationRegistryContract;
import kz.medcert.application.port.out.EmploymentRegistry;
import kz.medcert.application.port.out.EmploymentRegistryContract;
import kz.medcert.application.port.out.IdentityRegistry;
import kz.medcert.application.port.out.IdentityRegistryContract;
import kz.medcert.application.port.out.NameChangeRegistry;
import kz.medcert.application.port.out.NameChangeRegistryContract;
import kz.medcert.application.port.out.ProhibitionRegistry;
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
        @Override
        protected IdentityRegistry registry() {
            return new StubIdentityRegistry(PERSONS, NORMAL);
        }

        @Override
        protected Iin aPersonItHolds() {
            return demoPerson("P01");
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return demoPerson("P20");
        }
    }

    /** Holds P01 (a pediatrician with her diploma and internship), not P07 (no education on record). */
    @Nested
    class Education extends EducationRegistryContract {
        @Override
        protected EducationRegistry registry() {
            return new StubEducationRegistry(PERSONS, NORMAL);
        }

        @Override
        protected Iin aPersonItHolds() {
            return demoPerson("P01");
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return demoPerson("P07");
        }
    }

    /** Holds P01 (a pediatrician with her current certificate), not P02 (a graduate without a certificate). */
    @Nested
    class Certificates extends CertificateRegistryContract {
        @Override
        protected CertificateRegistry registry() {
            return new StubCertificateRegistry(PERSONS, NORMAL);
        }

        @Override
        protected Iin aPersonItHolds() {
            return demoPerson("P01");
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return demoPerson("P02");
        }
    }

    /** Holds P03 (the demo person with a change of name on record), not P01 (one without). */
    @Nested
    class NameChanges extends NameChangeRegistryContract {
        @Override
        protected NameChangeRegistry registry() {
            return new StubNameChangeRegistry(PERSONS, NORMAL);
        }

        @Override
        protected Iin aPersonItHolds() {
            return demoPerson("P03");
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return demoPerson("P01");
        }
    }

    /** Holds P01 (a practising pediatrician), not P02 (a graduate never employed). */
    @Nested
    class Employment extends EmploymentRegistryContract {
        @Override
        protected EmploymentRegistry registry() {
            return new StubEmploymentRegistry(PERSONS, NORMAL);
        }

        @Override
        protected Iin aPersonItHolds() {
            return demoPerson("P01");
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return demoPerson("P02");
        }
    }

    /** Holds P02 (a graduate with an assessment result), not P01 (a pediatrician without one). */
    @Nested
    class Assessments extends AssessmentRegistryContract {
        @Override
        protected AssessmentRegistry registry() {
            return new StubAssessmentRegistry(PERSONS, NORMAL);
        }

        @Override
        protected Iin aPersonItHolds() {
            return demoPerson("P02");
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return demoPerson("P01");
        }
    }

    /** Holds P08 (the demo person prohibited from practice), not P12 (the one the service holds no data about). */
    @Nested
    class Prohibitions extends ProhibitionRegistryContract {
        @Override
        protected ProhibitionRegistry registry() {
            return new StubProhibitionRegistry(PERSONS, NORMAL);
        }

        @Override
        protected Iin aPersonItHolds() {
            return demoPerson("P08");
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return demoPerson("P12");
        }
    }
}
