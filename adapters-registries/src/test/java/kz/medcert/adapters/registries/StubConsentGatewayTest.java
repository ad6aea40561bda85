package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import kz.medcert.application.port.out.ConsentGateway.ConsentChallenge;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/** The demo consent channel: code 123456, five minutes, once; decliners never confirm. */
class StubConsentGatewayTest {
    private static final Clock START = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneId.of("Asia/Almaty"));

    private final DemoPersons persons = DemoPersons.load();
    private final SettableClock clock = new SettableClock(START);
    private final StubConsentGateway gateway = new StubConsentGateway(persons, clock);
    private final DemoPerson pediatrician = persons.byId("P01").orElseThrow();

    @Test
    void sendsAnOtpToTheMaskedEgovPhone() {
        ConsentChallenge challenge = gateway.requestCode(pediatrician.iin());

        assertThat(challenge.reference()).isEqualTo("CONSENT-1-" + pediatrician.iin().masked());
        assertThat(challenge.reference()).doesNotContain(pediatrician.iin().value());
        assertThat(challenge.channel()).isEqualTo("OTP");
        assertThat(challenge.maskedPhone()).isEqualTo("+7 700 *** ** 53");
    }

    @Test
    void numbersRequestsPerGateway() {
        gateway.requestCode(pediatrician.iin());
        ConsentChallenge second = gateway.requestCode(pediatrician.iin());

        assertThat(second.reference()).startsWith("CONSENT-2-");
        assertThat(new StubConsentGateway(persons, clock).requestCode(pediatrician.iin()).reference())
                .startsWith("CONSENT-1-");
    }

    @Test
    void theDemoCodeConfirms() {
        ConsentChallenge challenge = gateway.requestCode(pediatrician.iin());

        assertThat(gateway.confirm(challenge.reference(), StubConsentGateway.DEMO_CODE)).isTrue();
        assertThat(StubConsentGateway.DEMO_CODE).isEqualTo("123456");
    }

    @Test
    void aWrongCodeDoesNotConfirmButTheRightOneStillCan() {
        ConsentChallenge challenge = gateway.requestCode(pediatrician.iin());

        assertThat(gateway.confirm(challenge.reference(), "654321")).isFalse();
        assertThat(gateway.confirm(challenge.reference(), "123456")).isTrue();
    }

    @Test
    void aCodeConfirmsOnlyOnce() {
        ConsentChallenge challenge = gateway.requestCode(pediatrician.iin());
        gateway.confirm(challenge.reference(), "123456");

        assertThat(gateway.confirm(challenge.reference(), "123456")).isFalse();
    }

    @Test
    void aCodeStillConfirmsJustBeforeFiveMinutes() {
        ConsentChallenge challenge = gateway.requestCode(pediatrician.iin());
        clock.set(Clock.offset(START, Duration.ofMinutes(5).minusSeconds(1)));

        assertThat(gateway.confirm(challenge.reference(), "123456")).isTrue();
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        ConsentChallenge challenge = gateway.requestCode(pediatrician.iin());
        clock.set(Clock.offset(START, StubConsentGateway.CODE_LIFETIME));

        assertThat(gateway.confirm(challenge.reference(), "123456")).isFalse();
        clock.set(START);
        assertThat(gateway.confirm(challenge.reference(), "123456")).isFalse(); // expired requests are forgotten
    }

    @Test
    void aPersonWhoDeclinesNeverConfirms() {
        DemoPerson decliner = persons.all().stream().filter(p -> !p.scenario().consent()).findFirst().orElseThrow();
        ConsentChallenge challenge = gateway.requestCode(decliner.iin());

        assertThat(challenge.maskedPhone()).isEqualTo(decliner.maskedPhone());
        assertThat(gateway.confirm(challenge.reference(), "123456")).isFalse();
    }

    @Test
    void anUnknownPersonGetsACodeWithAFullyMaskedPhone() {
        Iin stranger = Iin.parse("900101300017");

        ConsentChallenge challenge = gateway.requestCode(stranger);

        assertThat(challenge.maskedPhone()).isEqualTo("+7 *** *** ** **");
        assertThat(challenge.reference()).isEqualTo("CONSENT-1-9001******17");
        assertThat(gateway.confirm(challenge.reference(), "123456")).isTrue();
    }

    @Test
    void unknownReferencesAndMissingValuesDoNotConfirm() {
        ConsentChallenge challenge = gateway.requestCode(pediatrician.iin());

        assertThat(gateway.confirm("CONSENT-99-8504******18", "123456")).isFalse();
        assertThat(gateway.confirm(null, "123456")).isFalse();
        assertThat(gateway.confirm(challenge.reference(), null)).isFalse();
    }
}
