package kz.medcert.application.fakes;

import java.time.LocalDate;
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
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Nested;

/**
 * The fake registries keep each registry's contract the demo stubs keep: the graduate and the pediatrician as the
 * tests usually give them (plus the graduate's change of name), and a person no registry has heard of.
 */
class FakeRegistriesContractTest {
    private static final Iin GRADUATE = RequestFixtures.GRADUATE_IIN;
    private static final Iin PEDIATRICIAN = RequestFixtures.PEDIATRICIAN_IIN;
    private static final Iin STRANGER = RequestFixtures.FOREIGN_IIN;

    private final FakeRegistries registries = new FakeRegistries();

    FakeRegistriesContractTest() {
        RequestFixtures.graduateHoldings(registries);
        RequestFixtures.pediatricianHoldings(registries, LocalDate.of(2027, 3, 1));
        registries.of(GRADUATE).nameChange(true);
    }

    @Nested
    class Identity extends IdentityRegistryContract {
        @Override
        protected IdentityRegistry registry() {
            return registries;
        }

        @Override
        protected Iin aPersonItHolds() {
            return GRADUATE;
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return STRANGER;
        }
    }

    @Nested
    class Education extends EducationRegistryContract {
        @Override
        protected EducationRegistry registry() {
            return registries;
        }

        @Override
        protected Iin aPersonItHolds() {
            return GRADUATE;
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return STRANGER;
        }
    }

    @Nested
    class Certificates extends CertificateRegistryContract {
        @Override
        protected CertificateRegistry registry() {
            return registries;
        }

        @Override
        protected Iin aPersonItHolds() {
            return PEDIATRICIAN;
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return GRADUATE;
        }
    }

    @Nested
    class NameChanges extends NameChangeRegistryContract {
        @Override
        protected NameChangeRegistry registry() {
            return registries;
        }

        @Override
        protected Iin aPersonItHolds() {
            return GRADUATE;
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return PEDIATRICIAN;
        }
    }

    @Nested
    class Employment extends EmploymentRegistryContract {
        @Override
        protected EmploymentRegistry registry() {
            return registries;
        }

        @Override
        protected Iin aPersonItHolds() {
            return PEDIATRICIAN;
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return GRADUATE;
        }
    }

    @Nested
    class Assessments extends AssessmentRegistryContract {
        @Override
        protected AssessmentRegistry registry() {
            return registries;
        }

        @Override
        protected Iin aPersonItHolds() {
            return GRADUATE;
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return PEDIATRICIAN;
        }
    }

    @Nested
    class Prohibitions extends ProhibitionRegistryContract {
        @Override
        protected ProhibitionRegistry registry() {
            return registries;
        }

        @Override
        protected Iin aPersonItHolds() {
            return PEDIATRICIAN;
        }

        @Override
        protected Iin aPersonItDoesNotHold() {
            return STRANGER;
        }
    }
}
