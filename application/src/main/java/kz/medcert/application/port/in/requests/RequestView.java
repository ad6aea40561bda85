package kz.medcert.application.port.in.requests;

import java.util.List;
import java.util.Objects;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.UploadSlot;

/**
 * What the applicant sees of a request: its state and history, the evaluation (as submitted, or as of today before
 * submission), the upload slots with what fills them, the content to sign with EDS (R17) and its digest.
 */
public record RequestView(RequestState state, Evaluation evaluation, List<UploadSlot> uploadSlots,
                          String contentToSign, String contentDigest) {
    public RequestView {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(evaluation, "evaluation");
        uploadSlots = List.copyOf(uploadSlots);
        Objects.requireNonNull(contentToSign, "contentToSign");
        Objects.requireNonNull(contentDigest, "contentDigest");
    }

    public List<UploadSlot> missingUploads() {
        return uploadSlots.stream().filter(UploadSlot::missing).toList();
    }
}
