package kz.medcert.application.service.requests;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.service.TestServices;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.UploadSlot;
import org.junit.jupiter.api.Test;

/** What the applicant sees: status, history, evaluation as of today, upload slots and the digest to sign (R80). */
class GetRequestServiceTest {
    private final TestServices services = new TestServices(FRIDAY_MORNING);

    @Test
    void get_ofUnknownRequest_isNotFound() {
        // given
        RequestId unknown = new RequestId(UUID.randomUUID());

        // when / then
        assertThatThrownBy(() -> services.get.get(AS_GRADUATE, unknown)).isInstanceOf(RequestNotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }

    @Test
    void get_showsTheEvaluationAsOfToday_withTheUploadSlotsAndTheDigestToSign_R21_R22() {
        // given
        RequestId id = services.graduateAwaitingDocuments();

        // when
        RequestView view = services.get.get(AS_GRADUATE, id);

        // then
        assertThat(view.state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(view.evaluation().deadline()).isEmpty();
        assertThat(view.uploadSlots()).extracting(slot -> slot.item().document())
                .contains(DocumentCode.DIPLOMA)
                .doesNotContain(DocumentCode.APPLICATION, DocumentCode.INFORMATION_FORM, DocumentCode.INTERNSHIP,
                        DocumentCode.RESIDENCY, DocumentCode.ASSESSMENT_RESULT);
        assertThat(view.missingUploads()).extracting(UploadSlot::item).extracting(item -> item.document())
                .containsExactly(DocumentCode.DIPLOMA);
        assertThat(view.contentDigest()).matches("[0-9a-f]{64}");
    }

    @Test
    void get_showsRegistryDataMarkedAsFromTheRegistry_R70() {
        // given
        RequestId id = services.graduateAwaitingDocuments();

        // when
        RequestView view = services.get.get(AS_GRADUATE, id);

        // then
        assertThat(view.state().fetched().postgraduate()).isNotEmpty().allMatch(p -> p.inRegistry());
        assertThat(view.state().fetched().assessments()).hasSize(1);
        assertThat(view.state().history()).extracting(h -> h.event())
                .startsWith("STARTED", "CONSENT_REQUESTED", "CONSENT_GIVEN").contains("FETCHED");
    }
}
