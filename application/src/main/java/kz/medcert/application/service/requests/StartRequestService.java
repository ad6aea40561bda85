package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.requests.IdempotencyKeyReusedException;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.StartRequestUseCase;
import kz.medcert.application.port.out.DuplicateIdempotencyKeyException;
import kz.medcert.application.port.out.IdempotencyRecord;
import kz.medcert.application.port.out.IdempotentStarts;
import kz.medcert.application.port.out.Requests;
import kz.medcert.application.service.RequestAccess;
import kz.medcert.application.service.RequestViews;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;

/** Starts a request awaiting consent, for the applicant themselves only. */
public final class StartRequestService implements StartRequestUseCase {
    private final Requests requests;
    private final IdempotentStarts idempotentStarts;
    private final RequestViews views;
    private final Clock clock;

    @Inject
    public StartRequestService(Requests requests, IdempotentStarts idempotentStarts, RequestViews views,
                               Clock clock) {
        this.requests = requests;
        this.idempotentStarts = idempotentStarts;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public RequestView start(Actor actor, StartRequestCommand command) {
        return views.view(requests.add(newRequest(actor, command)));
    }

    /**
     * The key is remembered in the transaction that stores the request, so two concurrent calls with one key store
     * one request: the second finds the key taken and replays the first.
     */
    @Override
    public Started start(Actor actor, StartRequestCommand command, Idempotency idempotency) {
        CertificationRequest request = newRequest(actor, command);
        Iin owner = command.applicant().iin();
        Optional<Started> earlier = replay(owner, idempotency);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return new Started(views.view(idempotentStarts.addUnderKey(request, new IdempotencyRecord(owner,
                    idempotency.key(), idempotency.fingerprint(), request.id()))), false);
        } catch (DuplicateIdempotencyKeyException e) {
            return replay(owner, idempotency).orElseThrow(() -> e);
        }
    }

    private Optional<Started> replay(Iin owner, Idempotency idempotency) {
        return idempotentStarts.findKey(owner, idempotency.key()).map(stored -> {
            if (!stored.fingerprint().equals(idempotency.fingerprint())) {
                throw new IdempotencyKeyReusedException(ServiceText.IDEMPOTENCY_KEY_REUSED.message()
                        .with("key", idempotency.key()).with("request", stored.requestId()));
            }
            return new Started(views.view(requests.find(stored.requestId()).orElseThrow()), true);
        });
    }

    private CertificationRequest newRequest(Actor actor, StartRequestCommand command) {
        Actor.Applicant applicant = RequestAccess.applicant(actor, ServiceText.ACTION_START_REQUEST);
        if (!applicant.iin().equals(command.applicant().iin())) {
            throw new AccessDeniedException(ServiceText.APPLICANT_STARTS_OWN_REQUESTS.message());
        }
        // one reading of the clock: the form's provisional application date is the day the request is started (R11)
        Instant now = clock.instant();
        Dossier form = command.formOn().apply(KazakhstanTime.date(now));
        return CertificationRequest.start(new RequestId(UUID.randomUUID()), command.applicant(), form,
                command.details(), now, actor.auditLabel());
    }
}
