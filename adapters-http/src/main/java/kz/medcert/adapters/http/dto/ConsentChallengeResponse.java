package kz.medcert.adapters.http.dto;

import kz.medcert.application.port.in.requests.ConsentUseCase.ConsentChallengeView;

/** {@code POST /api/v1/requests/{id}/consent}: where the one-time code went. */
public record ConsentChallengeResponse(String reference, String channel, String maskedPhone) {

    public static ConsentChallengeResponse from(ConsentChallengeView view) {
        return new ConsentChallengeResponse(view.reference(), view.channel(), view.maskedPhone());
    }
}
