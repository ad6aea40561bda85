package kz.medcert.application.service;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.AS_PEDIATRICIAN;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.requests.StartRequestUseCase.StartRequestCommand;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Object-level access: an applicant acts only on their own requests (another's is not there for them); officers read
 * the requests of their territorial department, which follows the applicant's region (R71); administrators read all.
 */
class RequestAccessTest {
    static final Actor.Officer ALMATY_OFFICER = new Actor.Officer("OFF-7", Department.of(Region.ALMATY_CITY));
    static final Actor.Officer ASTANA_OFFICER = new Actor.Officer("OFF-9", Department.of(Region.ASTANA));
    static final Actor.Admin ADMIN = new Actor.Admin("ADM-1");

    private final TestServices services = new TestServices(FRIDAY_MORNING);

    /** Each change an applicant makes to a request, by {@code actor} on request {@code id}. */
    static Stream<Arguments> changes() {
        return Stream.of(
                change("requestConsent", (s, a, id) -> s.consent.requestConsent(a, id)),
                change("confirmConsent", (s, a, id) -> s.consent.confirm(a, id, FakeConsentGateway.CODE)),
                change("declineConsent", (s, a, id) -> s.consent.decline(a, id)),
                change("fetch", (s, a, id) -> s.fetch.fetch(a, id)),
                change("attach", (s, a, id) -> s.attach.attach(a,
                        TestServices.pdfFor(id, DocumentCode.DIPLOMA, "diploma"))),
                change("submit", (s, a, id) -> s.submit.submit(a, id, "SIGNED:x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void change_ofAnotherApplicantsRequest_isNotFound_andChangesNothing(String name, Change change) {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        int writes = services.repository.writes();

        // when / then
        assertThatThrownBy(() -> change.apply(services, AS_PEDIATRICIAN, id))
                .isInstanceOf(RequestNotFoundException.class);
        assertThat(services.repository.writes()).isEqualTo(writes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void change_byAnOfficerOrAdministrator_isDenied_evenOfTheirDepartment(String name, Change change) {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        int writes = services.repository.writes();

        // when / then
        for (Actor actor : List.of(ALMATY_OFFICER, ADMIN, new Actor.Automated("test"))) {
            assertThatThrownBy(() -> change.apply(services, actor, id)).as(actor.auditLabel())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(services.repository.writes()).isEqualTo(writes);
    }

    @Test
    void start_forAnotherIin_isDenied() {
        // when / then
        assertThatThrownBy(() -> services.start.start(AS_PEDIATRICIAN,
                new StartRequestCommand(RequestFixtures.graduate(), RequestFixtures.graduateForm())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(services.repository.writes()).isZero();
    }

    @Test
    void start_byAnOfficerOrAdministrator_isDenied() {
        // given
        StartRequestCommand command = new StartRequestCommand(RequestFixtures.graduate(),
                RequestFixtures.graduateForm());

        // when / then
        assertThatThrownBy(() -> services.start.start(ALMATY_OFFICER, command))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.start.start(ADMIN, command)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void get_byItsApplicant_anOfficerOfTheApplicantsRegion_andAnAdministrator_R71() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        // when / then
        assertThat(services.get.get(AS_GRADUATE, id).state().id()).isEqualTo(id);
        assertThat(services.get.get(ALMATY_OFFICER, id).state().id()).isEqualTo(id);
        assertThat(services.get.get(ADMIN, id).state().id()).isEqualTo(id);
    }

    @Test
    void get_byAnotherApplicant_orAnOfficerOfAnotherDepartment_isNotFound_R71() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        // when / then
        assertThatThrownBy(() -> services.get.get(AS_PEDIATRICIAN, id)).isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> services.get.get(ASTANA_OFFICER, id)).isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void get_ofARequestWithoutRegion_isForAdministratorsOnly() {
        // given
        RequestId id = services.started(RequestFixtures.foreignSpecialist(), RequestFixtures.foreignForm());

        // when / then
        assertThat(services.get.get(ADMIN, id).state().id()).isEqualTo(id);
        for (Region region : Region.values()) {
            Actor.Officer officer = new Actor.Officer("OFF-" + region.ordinal(), Department.of(region));
            assertThatThrownBy(() -> services.get.get(officer, id)).isInstanceOf(RequestNotFoundException.class);
        }
    }

    @Test
    void get_byTheServiceItself_isDenied() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        // when / then
        assertThatThrownBy(() -> services.get.get(new Actor.Automated("test"), id))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void history_namesTheApplicantForTheirSteps_andTheRetryWorkerForItsOwn() {
        // given
        RequestFixtures.graduateHoldings(services.registries);
        services.registries.failing(StateRegistry.EDUCATION, RequestFixtures.GRADUATE_IIN, 1, "maintenance");
        RequestId id = services.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.clock.advance(Duration.ofMinutes(5));

        // when
        services.fetch.retryDue(10);
        services.attachEveryMissingUpload(id);
        services.submitSigned(id);

        // then
        List<HistoryEntry> history = services.view(id).state().history();
        assertThat(history).filteredOn(e -> !e.event().equals("FETCHED"))
                .extracting(HistoryEntry::actor).containsOnly(AS_GRADUATE.auditLabel());
        assertThat(history).filteredOn(e -> e.event().equals("FETCHED")).extracting(HistoryEntry::actor)
                .contains(AS_GRADUATE.auditLabel(), "SYSTEM registry-retry");
        assertThat(history).extracting(HistoryEntry::actor)
                .noneMatch(label -> label.contains(RequestFixtures.GRADUATE_IIN.value()));
    }

    private static Arguments change(String name, Change change) {
        return Arguments.of(name, change);
    }

    /** One use-case call. */
    @FunctionalInterface
    interface Change {
        Object apply(TestServices services, Actor actor, RequestId id);
    }
}
