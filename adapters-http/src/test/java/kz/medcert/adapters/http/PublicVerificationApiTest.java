package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Problems.assertProblem;
import static kz.medcert.application.testing.CertificateFixtures.GIVEN_NAME;
import static kz.medcert.application.testing.CertificateFixtures.HOLDER_IIN;
import static kz.medcert.application.testing.CertificateFixtures.HOLDER_INITIALS;
import static kz.medcert.application.testing.CertificateFixtures.PATRONYMIC;
import static kz.medcert.application.testing.CertificateFixtures.REVOCATION_REASON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v1/public/certificates/{number}}: status and what identifies the certificate, without a token. */
class PublicVerificationApiTest {
    private static final String PATH = "/api/v1/public/certificates/";

    private final VerificationApi api = VerificationApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aValidCertificate_isAnsweredWithItsStatusAndWhatIdentifiesIt() {
        api.register.add(CertificateFixtures.valid());

        HttpResponse<String> response = api.get(PATH + CertificateFixtures.valid().number());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).contains("private, max-age=30");
        JsonNode body = TestApi.json(response);
        assertThat(body.path("number").asText()).isEqualTo(CertificateFixtures.valid().number().value());
        assertThat(body.path("status").asText()).isEqualTo("VALID");
        assertThat(body.path("checkedOn").asText()).isEqualTo("2026-11-20");
        assertThat(body.path("holder").asText()).isEqualTo(HOLDER_INITIALS);
        assertThat(body.path("specialty").path("code").asText()).isEqualTo("PEDIATRICS");
        assertThat(body.path("specialty").path("name").path("kk").asText()).isEqualTo("Педиатрия");
        assertThat(body.path("qualificationLevel").path("code").asText()).isEqualTo("FIRST");
        assertThat(body.path("qualificationLevel").path("name").path("ru").asText()).isEqualTo("Первая категория");
        assertThat(body.path("issuer").path("code").asText()).isEqualTo("ALMATY_CITY");
        assertThat(body.path("issuer").path("name").path("kk").asText()).contains("Алматы қаласы");
        assertThat(body.path("issuedOn").asText()).isEqualTo("2024-05-10");
        assertThat(body.path("validUntil").asText()).isEqualTo("2029-05-10");
        assertThat(body.path("revocation").isNull()).isTrue();
        assertThat(body.path("confirms").isNull()).isTrue();
    }

    @Test
    void aRepeatReaderSendingTheETag_getsA304WithoutTheBody() {
        api.register.add(CertificateFixtures.valid());
        HttpResponse<String> first = api.get(PATH + CertificateFixtures.valid().number());
        String tag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = api.get(PATH + CertificateFixtures.valid().number(), "If-None-Match", tag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(tag);
        assertThat(again.headers().firstValue("Cache-Control")).contains("private, max-age=30");
        assertThat(api.get(PATH + CertificateFixtures.valid().number(), "If-None-Match", "W/" + tag + ", \"x\"")
                .statusCode()).isEqualTo(304);
        assertThat(api.get(PATH + CertificateFixtures.valid().number(), "If-None-Match", "\"other\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theETagChanges_withTheStatus_theDay_andTheLanguage_R88() {
        api.register.add(CertificateFixtures.valid());
        String path = PATH + CertificateFixtures.valid().number();
        String tag = api.get(path).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> inRussian = api.get(path, "Accept-Language", "ru", "If-None-Match", tag);
        assertThat(inRussian.statusCode()).isEqualTo(200);
        assertThat(inRussian.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(tag));

        api.clock.advance(java.time.Duration.ofDays(1));
        HttpResponse<String> nextDay = api.get(path, "If-None-Match", tag);
        assertThat(nextDay.statusCode()).isEqualTo(200);
        String nextDayTag = nextDay.headers().firstValue("ETag").orElseThrow();

        IssuedCertificate valid = CertificateFixtures.valid();
        api.register.update(valid.revoked(new kz.medcert.domain.certificate.Revocation(java.time.LocalDate.of(2026, 11, 21), "GROUND_4",
                "court", "OFFICER")), java.time.Instant.now());
        HttpResponse<String> revoked = api.get(path, "If-None-Match", nextDayTag);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(TestApi.json(revoked).path("status").asText()).isEqualTo("REVOKED");
    }

    @Test
    void anExpiredCertificate_isExpired_R14() {
        api.register.add(CertificateFixtures.expired());

        JsonNode body = TestApi.json(api.get(PATH + CertificateFixtures.expired().number()));

        assertThat(body.path("status").asText()).isEqualTo("EXPIRED");
        assertThat(body.path("validUntil").asText()).isEqualTo("2024-03-01");
    }

    @Test
    void aRevokedCertificate_isRevoked_withItsDayAndGroundCode_R88() {
        api.register.add(CertificateFixtures.revoked());

        JsonNode body = TestApi.json(api.get(PATH + CertificateFixtures.revoked().number()));

        assertThat(body.path("status").asText()).isEqualTo("REVOKED");
        assertThat(body.path("revocation").path("revokedOn").asText()).isEqualTo("2025-06-02");
        assertThat(body.path("revocation").path("ground").asText()).isEqualTo("GROUND_4_COURT_PROHIBITION");
    }

    @Test
    void aReplacedCertificate_isSuperseded_andNamesTheCertificateThatReplacedIt_R14_R75() {
        IssuedCertificate earlier = CertificateFixtures.valid();
        IssuedCertificate later = IssuedCertificate.issue(CertificateFixtures.number(2026, 6),
                CertificateFixtures.HOLDER_IIN, CertificateFixtures.HOLDER, earlier.specialty(),
                earlier.qualificationLevel(), earlier.department(), java.time.LocalDate.of(2026, 11, 20),
                java.util.Optional.of(earlier.number()));
        api.register.add(earlier);
        api.register.add(later);

        JsonNode replaced = TestApi.json(api.get(PATH + earlier.number()));
        JsonNode current = TestApi.json(api.get(PATH + later.number()));

        assertThat(replaced.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(replaced.path("supersededBy").asText()).isEqualTo(later.number().value());
        assertThat(replaced.path("supersededOn").asText()).isEqualTo("2026-11-20");
        assertThat(current.path("status").asText()).isEqualTo("VALID");
        assertThat(current.path("supersededBy").isNull()).isTrue();
        assertThat(current.path("confirms").asText()).isEqualTo(earlier.number().value());
    }

    @Test
    void aCertificateDatedAfterToday_isNotYetValid_R78() {
        IssuedCertificate monday = CertificateFixtures.issued(CertificateFixtures.number(2026, 7),
                java.time.LocalDate.of(2026, 11, 23));
        api.register.add(monday);

        assertThat(TestApi.json(api.get(PATH + monday.number())).path("status").asText()).isEqualTo("NOT_YET_VALID");
        api.clock.set(java.time.Instant.parse("2026-11-23T04:00:00Z"));
        assertThat(TestApi.json(api.get(PATH + monday.number())).path("status").asText()).isEqualTo("VALID");
    }

    @Test
    void theNumberMayBeTypedInLowerCase() {
        api.register.add(CertificateFixtures.valid());

        HttpResponse<String> response = api.get(PATH + CertificateFixtures.valid().number().value().toLowerCase());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownNumber_isA404Problem() {
        api.register.add(CertificateFixtures.valid());
        String unknown = CertificateFixtures.number(2024, 2).value();

        JsonNode problem = assertProblem(api.get(PATH + unknown), 404, "not-found");

        assertThat(problem.path("detail").asText()).contains(unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "MC-2024-1-1", "MC-24-00000001-4", "XX-2024-00000001-4"})
    void textThatIsNoCertificateNumber_isA400ProblemNamingNumber(String text) {
        JsonNode problem = assertProblem(api.get(PATH + text), 400, "invalid-request");

        assertThat(Problems.fields(problem)).containsExactly("number");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .isEqualTo("a certificate number looks like MC-2026-00000123-4");
    }

    @Test
    void aMistypedNumber_isA400ProblemSayingItWasProbablyMistyped_notA404() {
        api.register.add(CertificateFixtures.valid());

        JsonNode problem = assertProblem(api.get(PATH + mistyped(CertificateFixtures.valid())), 400,
                "invalid-request");

        assertThat(Problems.fields(problem)).containsExactly("number");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .isEqualTo("the check digit does not match: the number was probably mistyped");
    }

    @Test
    void noAnswerContainsTheHoldersIinGivenNamePatronymicOrTheRevocationText() {
        List<IssuedCertificate> all = List.of(CertificateFixtures.valid(), CertificateFixtures.expired(),
                CertificateFixtures.revoked());
        all.forEach(api.register::add);

        for (IssuedCertificate certificate : all) {
            String body = api.get(PATH + certificate.number()).body();

            assertThat(body).as(certificate.number().value()).contains(HOLDER_INITIALS)
                    .doesNotContain(HOLDER_IIN.value()).doesNotContain(GIVEN_NAME).doesNotContain(PATRONYMIC)
                    .doesNotContain(REVOCATION_REASON).doesNotContain("OFFICER 17")
                    .doesNotContainIgnoringCase("iin").doesNotContainIgnoringCase("givenName")
                    .doesNotContainIgnoringCase("patronymic");
        }
    }

    /** The documented example has exactly the fields of a real answer, at every depth. */
    @Test
    void theDocumentedExample_hasTheFieldsOfARealAnswer() {
        IssuedCertificate revokedConfirmation = CertificateFixtures.revoked();
        revokedConfirmation = new IssuedCertificate(revokedConfirmation.number(), revokedConfirmation.holder(),
                revokedConfirmation.holderName(), revokedConfirmation.specialty(),
                revokedConfirmation.qualificationLevel(), revokedConfirmation.department(),
                revokedConfirmation.issuedOn(), revokedConfirmation.validUntil(),
                java.util.Optional.of(CertificateFixtures.expired().number()), revokedConfirmation.revocation());
        api.register.add(revokedConfirmation);
        JsonNode documented = TestApi.json(api.get("/openapi.json")).path("paths")
                .path("/api/v1/public/certificates/{number}").path("get").path("responses").path("200")
                .path("content").path("application/json").path("example");

        JsonNode real = TestApi.json(api.get(PATH + revokedConfirmation.number()));

        assertThat(shape(documented)).isNotEmpty().isEqualTo(shape(real));
    }

    /** The number with its check digit changed: one digit mistyped. */
    static String mistyped(IssuedCertificate certificate) {
        String number = certificate.number().value();
        char check = number.charAt(number.length() - 1);
        return number.substring(0, number.length() - 1) + (char) ('0' + (check - '0' + 1) % 10);
    }

    private static Set<String> shape(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, Set<String> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                paths.add(prefix + "." + name);
                collect(prefix + "." + name, node.get(name), paths);
            });
        }
    }
}
