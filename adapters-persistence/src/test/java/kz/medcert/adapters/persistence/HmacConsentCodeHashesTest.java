package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import kz.medcert.application.port.out.ConsentCodeHashes;
import kz.medcert.application.port.out.ConsentCodeHashesContract;
import org.junit.jupiter.api.Test;

/** The HMAC adapter keeps the consent code hashes' contract, and refuses a key too short to keep codes secret. */
class HmacConsentCodeHashesTest extends ConsentCodeHashesContract {

    @Override
    protected ConsentCodeHashes hashes() {
        return new HmacConsentCodeHashes("a consent code key of 32 bytes..".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected ConsentCodeHashes hashesUnderAnotherKey() {
        return new HmacConsentCodeHashes("another key of at least 32 bytes".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aShortKey_isRefused() {
        assertThatThrownBy(() -> new HmacConsentCodeHashes(new byte[HmacAuditKey.MIN_BYTES - 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least");
    }
}
