package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client's address for per-client limits: X-Forwarded-For and Forwarded count only when the peer is a trusted
 * proxy, and then only for the hops the trusted proxies vouch for; nothing a client writes there moves its bucket.
 */
class ClientAddressesTest {
    private static final ClientAddresses BEHIND_PROXIES = ClientAddresses.trusting(List.of("10.0.0.0/8",
            "192.168.1.7", "fd00::/8"));

    private static String client(ClientAddresses clients, String peer, Map<String, String> headers) {
        return clients.of(peer, headers::get);
    }

    @Test
    void withoutTrustedProxies_theHeadersChangeNothing() {
        assertThat(client(ClientAddresses.direct(), "203.0.113.9", Map.of("X-Forwarded-For", "198.51.100.1",
                "Forwarded", "for=198.51.100.2"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aClientSendingTheHeadersItself_pastNoTrustedProxy_isItsPeer() {
        assertThat(client(BEHIND_PROXIES, "203.0.113.9", Map.of("X-Forwarded-For", "10.0.0.1")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxy_theAddressItAppended_isTheClient() {
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", Map.of("X-Forwarded-For", "198.51.100.7")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void whatTheClientPrependsIsNeverRead_onlyTheHopsTrustedProxiesVouchFor() {
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", Map.of("X-Forwarded-For",
                "1.1.1.1, <script>, 198.51.100.7, 192.168.1.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void forwarded_isReadBeforeXForwardedFor_withQuotesBracketsAndPorts() {
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", Map.of("Forwarded",
                "for=\"[2001:db8:cafe::17]:4711\";proto=https, for=10.9.9.9", "X-Forwarded-For", "198.51.100.7")))
                .isEqualTo("2001:db8:cafe:0:0:0:0:17");
        assertThat(client(BEHIND_PROXIES, "fd00::1", Map.of("Forwarded", "for=192.0.2.60:8080;by=10.0.0.1")))
                .isEqualTo("192.0.2.60");
    }

    @Test
    void whatATrustedProxyPassesOnThatIsNoAddress_leavesTheProxyAsTheClient() {
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", Map.of("X-Forwarded-For", "unknown"))).isEqualTo("10.1.2.3");
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", Map.of("Forwarded", "for=_hidden"))).isEqualTo("10.1.2.3");
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", Map.of("X-Forwarded-For", "999.1.1.1"))).isEqualTo("10.1.2.3");
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", Map.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void aProxyListEntryThatIsNoAddressOrRange_isRefusedNamingIt() {
        assertThatThrownBy(() -> ClientAddresses.trusting(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> ClientAddresses.trusting(List.of("proxy.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy.example");
    }
}
