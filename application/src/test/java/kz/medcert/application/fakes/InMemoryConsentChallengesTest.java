package kz.medcert.application.fakes;

import java.util.UUID;
import kz.medcert.application.port.out.ConsentChallenges;
import kz.medcert.application.port.out.ConsentChallengesContract;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.RequestId;

/** The fake is held to the contract the database adapter passes. */
class InMemoryConsentChallengesTest extends ConsentChallengesContract {

    @Override
    protected ConsentChallenges emptyStore() {
        return new InMemoryConsentChallenges();
    }

    @Override
    protected RequestId storedRequest(Iin iin) {
        return new RequestId(UUID.randomUUID());
    }
}
