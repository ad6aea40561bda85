package kz.medcert.application.fakes;

import java.util.List;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase.DemoApplicant;
import kz.medcert.application.port.out.DemoPersonDirectory;
import kz.medcert.application.port.out.DemoPersonDirectoryContract;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.reference.LocalizedText;

/** A directory of the tests' own demo data (as DemoAccountsServiceTest gives one) keeps the stub's contract. */
class FakeDemoPersonDirectoryTest extends DemoPersonDirectoryContract {
    private static final List<DemoApplicant> DEMO_DATA = List.of(
            new DemoApplicant("T1", RequestFixtures.GRADUATE_IIN, RequestFixtures.graduate().name(),
                    Region.ALMATY_CITY, LocalizedText.of("түлек", "выпускница", "a graduate")),
            new DemoApplicant("T2", RequestFixtures.PEDIATRICIAN_IIN, RequestFixtures.pediatrician().name(),
                    Region.KARAGANDA, LocalizedText.of("педиатр", "педиатр", "a pediatrician")));

    @Override
    protected DemoPersonDirectory directory() {
        return () -> DEMO_DATA;
    }

    @Override
    protected List<String> theDemoDataInOrder() {
        return List.of("T1", "T2");
    }
}
