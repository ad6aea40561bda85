package kz.medcert.application.service.requests;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.StartRequestUseCase.StartRequestCommand;
import kz.medcert.application.service.TestServices;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.request.ApplicationDetails;
import kz.medcert.domain.request.ConsentStatus;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** A new request is stored awaiting consent; nothing is asked of any registry yet (R60). */
class StartRequestServiceTest {
    private final TestServices services = new TestServices(FRIDAY_MORNING);

    @Test
    void start_storesARequestAwaitingConsent_withAStartedHistoryEntry() {
        // when
        RequestView view = services.start.start(AS_GRADUATE, new StartRequestCommand(RequestFixtures.graduate(),
                RequestFixtures.graduateForm()));

        // then
        assertThat(view.state().status()).isEqualTo(RequestStatus.AWAITING_CONSENT);
        assertThat(view.state().version()).isOne();
        assertThat(view.state().startedAt()).isEqualTo(services.clock.peek());
        assertThat(view.state().consent().status()).isEqualTo(ConsentStatus.NOT_REQUESTED);
        assertThat(view.state().history()).extracting(HistoryEntry::event).containsExactly("STARTED");
        assertThat(services.repository.find(view.state().id())).isPresent();
        assertThat(services.registries.totalCalls()).isZero();
        assertThat(services.gateway.codesSentTo()).isEmpty();
    }

    @Test
    void start_givesEachRequestItsOwnId() {
        // when
        RequestView first = services.start.start(AS_GRADUATE, new StartRequestCommand(RequestFixtures.graduate(),
                RequestFixtures.graduateForm()));
        RequestView second = services.start.start(AS_GRADUATE, new StartRequestCommand(RequestFixtures.graduate(),
                RequestFixtures.graduateForm()));

        // then
        assertThat(first.state().id()).isNotEqualTo(second.state().id());
    }

    @Test
    void theFormsProvisionalApplicationDate_isTheDayTheRequestIsStarted_inAlmaty_fromOneReadingOfTheClock_R11() {
        // given a form built for whatever day the use case settles on
        List<LocalDate> asked = new ArrayList<>();
        StartRequestCommand command = new StartRequestCommand(RequestFixtures.graduate(), day -> {
            asked.add(day);
            return RequestFixtures.graduateForm().toBuilder().applicationDate(day).build();
        }, ApplicationDetails.NONE);

        // when
        RequestView view = services.start.start(AS_GRADUATE, command);

        // then
        LocalDate startDay = KazakhstanTime.date(view.state().startedAt());
        assertThat(asked).containsExactly(startDay);
        assertThat(view.state().form().applicationDate()).isEqualTo(startDay);
    }
}
