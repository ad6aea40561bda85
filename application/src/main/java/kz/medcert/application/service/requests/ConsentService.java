package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.requests.ConsentUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.TooManyConsentCodesException;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.ConsentChallenges;
import kz.medcert.application.port.out.ConsentChallenges.ConsentChallenge;
import kz.medcert.application.port.out.ConsentCodeHashes;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.application.port.out.Requests;
import kz.medcert.application.service.RecipientLanguage;
import kz.medcert.application.service.RequestViews;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.ConsentStatus;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;

/**
 * Consent by one-time code (R60, R61); once given, the registries are asked at once. The service draws each code with
 * {@link java.security.SecureRandom} (the fixed demo code in demo mode only) and keeps only its keyed hash, with its
 * expiry and tries, in {@link ConsentChallenges}, where every instance of the service finds it; the e-gov gateway only
 * delivers it. A code takes {@link ConsentSettings#maxWrongCodes()} wrong tries, then it is void; codes are sent at
 * most as often as {@link ConsentSettings#limits()} allow.
 */
public final class ConsentService implements ConsentUseCase {
    private final Requests repository;
    private final ConsentChallenges challenges;
    private final ConsentGateway gateway;
    private final FetchRegistriesService fetcher;
    private final RequestViews views;
    private final ConsentSettings settings;
    private final ConsentCodes codes;
    private final Clock clock;

    @Inject
    public ConsentService(Requests repository, ConsentChallenges challenges,
                          ConsentCodeHashes hashes, ConsentGateway gateway, FetchRegistriesService fetcher,
                          RequestViews views, ConsentSettings settings, Clock clock) {
        this.repository = repository;
        this.challenges = challenges;
        this.gateway = gateway;
        this.fetcher = fetcher;
        this.views = views;
        this.settings = settings;
        this.codes = new ConsentCodes(hashes, settings.demoCode());
        this.clock = clock;
    }

    // The challenge is kept first (the limits hold there, across instances), then named in the request, and only then
    // is the code delivered: of two requests at once, only the one the request keeps sends a text message.
    @Override
    public ConsentChallengeView requestConsent(Actor actor, RequestId id) {
        CertificationRequest request = awaitingConsent(actor, id, ServiceText.ACTION_REQUEST_CONSENT_CODE);
        Iin iin = request.state().applicant().iin();
        Instant now = clock.instant();
        String code = codes.newCode();
        String reference = codes.newReference(iin);
        challenges.open(new ConsentChallenge(reference, id, iin, codes.hash(reference, code), now,
                now.plus(settings.codeLifetime()), 0), settings.limits()).ifPresent(wait -> {
                    throw new TooManyConsentCodesException(ServiceText.CONSENT_CODE_TOO_SOON.message()
                            .with("request", id).with("seconds", wait.toSeconds()), wait);
                });
        store(request.consentRequested(reference, gateway.channel(), now, actor.auditLabel()));
        ConsentGateway.Delivery delivery = gateway.deliver(iin, reference, code,
                request.state().details().language().orElse(RecipientLanguage.DEFAULT));
        return new ConsentChallengeView(reference, gateway.channel(), delivery.maskedPhone());
    }

    // A try is spent before the code is compared, so that tries sent at once cannot outnumber the limit.
    @Override
    public ConsentResult confirm(Actor actor, RequestId id, String code) {
        CertificationRequest request = awaitingConsent(actor, id, ServiceText.ACTION_CONFIRM_CONSENT);
        if (request.state().consent().status() != ConsentStatus.REQUESTED) {
            throw new RequestConflictException(ServiceText.NO_CONSENT_CODE_REQUESTED.message().with("request", id));
        }
        String reference = request.state().consent().reference().orElseThrow();
        Instant now = clock.instant();
        Optional<ConsentChallenge> challenge = challenges.find(reference);
        if (challenge.isEmpty() || challenge.get().expiredAt(now)) {
            return new ConsentResult.WrongCode(ConsentResult.WrongCode.Reason.EXPIRED, 0);
        }
        OptionalInt tries = challenges.spendTry(reference, settings.maxWrongCodes(), now);
        if (tries.isEmpty()) {
            return new ConsentResult.WrongCode(challenge.get().expiredAt(clock.instant())
                    ? ConsentResult.WrongCode.Reason.EXPIRED : ConsentResult.WrongCode.Reason.VOID, 0);
        }
        if (!codes.matches(reference, code, challenge.get().codeHash())) {
            int left = settings.maxWrongCodes() - tries.getAsInt();
            return new ConsentResult.WrongCode(left > 0 ? ConsentResult.WrongCode.Reason.WRONG
                    : ConsentResult.WrongCode.Reason.VOID, left);
        }
        CertificationRequest consented = store(request.consentGiven(clock.instant(), actor.auditLabel()));
        return new ConsentResult.Confirmed(views.view(fetchedOrAsStored(consented, actor.auditLabel())));
    }

    @Override
    public RequestView decline(Actor actor, RequestId id) {
        return views.view(store(awaitingConsent(actor, id, ServiceText.ACTION_DECLINE_CONSENT)
                .consentDeclined(clock.instant(), actor.auditLabel())));
    }

    // the consent is stored: if the request changed while the registries were asked (an upload, a retry worker),
    // the answers are dropped and the registries still due are asked again by the next retry round (R21, R70)
    private CertificationRequest fetchedOrAsStored(CertificationRequest consented, String by) {
        try {
            return fetcher.fetchDue(consented, by);
        } catch (ConcurrentUpdateException e) {
            return views.load(consented.id());
        }
    }

    private CertificationRequest awaitingConsent(Actor actor, RequestId id, ServiceText action) {
        CertificationRequest request = views.loadForChange(actor, id, action);
        if (request.status() != RequestStatus.AWAITING_CONSENT) {
            throw new RequestConflictException(ServiceText.CONSENT_ALREADY_ANSWERED.message().with("request", id)
                    .with("status", request.status().localizedName()));
        }
        return request;
    }

    private CertificationRequest store(CertificationRequest request) {
        try {
            return repository.save(request);
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException(ServiceText.REQUEST_CHANGED_RETRY.message().with("request",
                    request.id()));
        }
    }
}
