package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.STARTED;
import static kz.medcert.application.testing.JourneyFixtures.startedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/** What every {@link ApplicantRequests} promises: an applicant's own requests, newest first, paged with the total. */
public abstract class ApplicantRequestsContract extends RequestStoreContract {
    @Test
    void startedBy_givesAPageOfTheApplicantsRequests_newestFirst_withTheTotal() {
        List<CertificationRequest> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(requests().add(startedAt(STARTED.plusSeconds(3600L * i))));
        }
        CertificationRequest another = requests().add(inApplicant(startedAt(STARTED.plusSeconds(99_999)),
                Iin.of(LocalDate.of(1990, 1, 2), Sex.MALE, 77)));
        Iin applicant = mine.get(0).state().applicant().iin();

        RequestIds first = ids(applicantRequests().startedBy(applicant, 0, 2));
        RequestIds last = ids(applicantRequests().startedBy(applicant, 4, 2));

        assertThat(first.ids()).containsExactly(mine.get(4).id(), mine.get(3).id());
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.ids()).containsExactly(mine.get(0).id());
        assertThat(ids(applicantRequests().startedBy(applicant, 5, 2)).ids()).isEmpty();
        assertThat(ids(applicantRequests().startedBy(another.state().applicant().iin(), 0, 10)).ids())
                .containsExactly(another.id());
        assertThat(ids(applicantRequests().startedBy(Iin.of(LocalDate.of(1990, 1, 3), Sex.FEMALE, 78), 0, 10)))
                .isEqualTo(new RequestIds(List.of(), 0));
        assertThat(applicantRequests().startedBy(applicant, 0, 1).page()).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(mine.get(4).state()));
        assertThatThrownBy(() -> applicantRequests().startedBy(applicant, -1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latestStartedBy_isTheFirstOfStartedBy_evenAmongRequestsStartedAtOneMoment() {
        List<CertificationRequest> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(requests().add(startedAt(STARTED.plusSeconds(3600L * i))));
        }
        Iin applicant = mine.get(0).state().applicant().iin();
        assertThat(applicantRequests().latestStartedBy(applicant).map(CertificationRequest::id))
                .contains(mine.get(2).id());
        for (int i = 0; i < 4; i++) {
            requests().add(startedAt(STARTED.plusSeconds(7200L)));
        }
        Iin another = Iin.of(LocalDate.of(1990, 1, 2), Sex.MALE, 77);
        requests().add(inApplicant(startedAt(STARTED.plusSeconds(99_999)), another));

        assertThat(applicantRequests().latestStartedBy(applicant).map(CertificationRequest::id))
                .contains(applicantRequests().startedBy(applicant, 0, 1).page().get(0).id());
        assertThat(applicantRequests().latestStartedBy(applicant).orElseThrow().state())
                .isEqualTo(applicantRequests().startedBy(applicant, 0, 1).page().get(0).state());
        assertThat(applicantRequests().latestStartedBy(Iin.of(LocalDate.of(1990, 1, 3), Sex.FEMALE, 78))).isEmpty();
    }

    /** A page of {@link ApplicantRequests#startedBy} by its ids, to compare whole. */
    private record RequestIds(List<RequestId> ids, long total) {
    }

    private static RequestIds ids(ApplicantRequests.RequestPage page) {
        return new RequestIds(page.page().stream().map(CertificationRequest::id).toList(), page.total());
    }

    private static CertificationRequest inApplicant(CertificationRequest r, Iin iin) {
        Applicant applicant = r.state().applicant();
        return JourneyFixtures.ofApplicant(r, new Applicant(iin, applicant.name(), applicant.region()));
    }
}
