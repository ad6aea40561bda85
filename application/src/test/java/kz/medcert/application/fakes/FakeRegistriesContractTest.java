package kz.medcert.application.fakes;

import java.time.LocalDate;
import kz.medcert.application.port.out.AssessmentRegistryContract;
import kz.medcert.application.port.out.CertificateRegistryContract;
import kz.medcert.application.port.out.EducationRegistryContract;
import kz.medcert.application.port.out.EmploymentRegistryContract;
import kz.medcert.application.port.out.IdentityRegistryContract;
import kz.medcert.application.port.out.NameChangeRegistryContract;
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
        Identity() {
            super(() -> registries, GRADUATE, STRANGER);
        }
    }

    @Nested
    class Education extends EducationRegistryContract {
        Education() {
            super(() -> registries, GRADUATE, STRANGER);
        }
    }

    @Nested
    class Certificates extends CertificateRegistryContract {
        Certificates() {
            super(() -> registries, PEDIATRICIAN, GRADUATE);
        }
    }

    @Nested
    class NameChanges extends NameChangeRegistryContract {
        NameChanges() {
            super(() -> registries, GRADUATE, PEDIATRICIAN);
        }
    }

    @Nested
    class Employment extends EmploymentRegistryContract {
        Employment() {
            super(() -> registries, PEDIATRICIAN, GRADUATE);
        }
    }

    @Nested
    class Assessments extends AssessmentRegistryContract {
        Assessments() {
            super(() -> registries, GRADUATE, PEDIATRICIAN);
        }
    }

    @Nested
    class Prohibitions extends ProhibitionRegistryContract {
        Prohibitions() {
            super(() -> registries, PEDIATRICIAN, STRANGER);
        }
    }
}
