package kz.medcert.application.service.requests;

import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.requests.ListRequestsUseCase.RequestList;
import kz.medcert.application.port.in.requests.ListRequestsUseCase;
import kz.medcert.application.service.TestServices;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** The applicant's own requests, the newest first, a page at a time (R80); officers keep their queue. */
class ListRequestsServiceTest {
    private final TestServices services = new TestServices(FRIDAY_MORNING);
    private final ListRequestsService service = new ListRequestsService(services.repository,
            SpecialtyCatalogue.standard());

    @Test
    void theApplicant_listsTheirOwnRequests_newestFirst_withStatusAndSpecialty_aPageAtATime() {
        RequestFixtures.graduateHoldings(services.registries);
        RequestId first = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.clock.advance(Duration.ofMinutes(5));
        RequestId second = services.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.clock.advance(Duration.ofMinutes(5));
        services.started(RequestFixtures.pediatrician(), RequestFixtures.pediatricianForm()); // someone else's

        RequestList page = service.list(RequestFixtures.AS_GRADUATE, 0, 1);
        RequestList rest = service.list(RequestFixtures.AS_GRADUATE, 1, 10);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.requests()).singleElement().satisfies(r -> {
            assertThat(r.request().id()).isEqualTo(second);
            assertThat(r.request().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
            assertThat(r.specialtyName().ru()).isEqualTo("Педиатрия");
        });
        assertThat(rest.requests()).extracting(r -> r.request().id()).containsExactly(first);
        assertThat(List.of(rest.offset(), rest.limit())).containsExactly(1, 10);
        assertThat(service.list(RequestFixtures.AS_FOREIGNER, 0, 10).requests()).isEmpty();
    }

    @Test
    void onlyAnApplicantListsRequests_andAPageIsBounded() {
        assertThatThrownBy(() -> service.list(new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY)), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(new Actor.Admin("ADM-1"), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(RequestFixtures.AS_GRADUATE, 0, ListRequestsUseCase.MAX_PAGE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.list(RequestFixtures.AS_GRADUATE, -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
