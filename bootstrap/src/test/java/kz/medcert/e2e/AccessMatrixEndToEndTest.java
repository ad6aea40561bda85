package kz.medcert.e2e;

import static kz.medcert.e2e.DemoApplications.P01_ELIGIBLE;
import static kz.medcert.e2e.DemoApplications.P01_SHORT_OF_PD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access matrix over the real wiring: every operation that openapi.json documents as secured, without a token,
 * with a bad one, with each role it does not admit, and — for the roles it admits — on an object that is someone
 * else's (another applicant's request or certificate, another department's application): 401, 401, 403 and 404, the
 * last one answered exactly as for an object that does not exist, so that existence does not leak (R71).
 *
 * <p>The objects belong to demo person P01 (Almaty): a request with an upload whose certificate was confirmed
 * automatically, and that certificate; another request of hers waits in the Almaty officers' queue; her certificates
 * as a holder (an IIN of no one is the holder that does not exist). The other applicant is P02 (Astana); the other
 * department is Astana's.
 */
class AccessMatrixEndToEndTest {
    private static final String P01 = "850412413718";
    private static final String P02 = "990203317687";
    /** A well-formed IIN of no demo person: no request, no certificate. */
    private static final String UNKNOWN_HOLDER = "600101300014";
    private static final Actor.Officer ALMATY = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
    private static final Actor.Officer ASTANA = new Actor.Officer("OFF-7", Department.of(Region.ASTANA));
    private static final Actor.Admin ADMIN = new Actor.Admin("ADM-1");
    private static final String REFUSAL = "{\"grounds\": [\"GROUND_2_REQUIREMENTS_NOT_MET\"], "
            + "\"motivation\": \"2 credits of the 4 required (R32).\"}";

    private enum Role { APPLICANT, OFFICER, ADMIN }

    /** Whose object the operation's path names, if any (HOLDER: a holder's certificates, by IIN). */
    private enum Subject { NONE, REQUEST, ATTACHMENT, CERTIFICATE, HOLDER }

    /** A secured operation, the roles it admits, what it acts on, and a body that is valid for it. */
    private record Operation(String id, String method, String path, Set<Role> admits, Subject subject,
                             String contentType, byte[] body) {
        static Operation of(String id, String method, String path, Set<Role> admits, Subject subject, String json) {
            return new Operation(id, method, path, admits, subject, "application/json",
                    json.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    private static final Set<Role> APPLICANT = EnumSet.of(Role.APPLICANT);
    private static final Set<Role> OFFICER = EnumSet.of(Role.OFFICER);
    private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);
    private static final Set<Role> OFFICER_OR_ADMIN = EnumSet.of(Role.OFFICER, Role.ADMIN);
    private static final Set<Role> ANYONE_SIGNED_IN = EnumSet.allOf(Role.class);

    private static RunningService service;
    private static String acceptedId;
    private static String requestId;
    private static String attachmentId;
    private static String certificateNumber;
    /** A well-formed number (its check digit right) that the register does not hold. */
    private static String unknownNumber;

    @BeforeAll
    static void start() {
        // the matrix verifies numbers more often than one client may by default
        service = RunningService.start(Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC),
                Map.of("MEDCERT_VERIFY_RATE_PER_MINUTE", "6000", "MEDCERT_VERIFY_BURST", "1000"));
        Journey accepted = new Journey(service, P01);
        accepted.start(P01_SHORT_OF_PD);
        accepted.consent();
        accepted.uploadMissing();
        assertThat(Journey.json(accepted.submit()).path("status").asText()).isEqualTo("ACCEPTED");
        acceptedId = accepted.view().path("id").asText();

        // the 90 hours of PD need their certificate uploaded; the certificate is then confirmed automatically
        Journey confirmed = new Journey(service, P01);
        confirmed.start(P01_ELIGIBLE);
        confirmed.consent();
        JsonNode uploaded = confirmed.uploadMissing();
        requestId = uploaded.path("id").asText();
        attachmentId = uploaded.at("/attachments/0/id").asText();
        assertThat(attachmentId).isNotEmpty();
        certificateNumber = Journey.json(confirmed.submit()).at("/decision/certificateNumber").asText();
        assertThat(certificateNumber).isNotEmpty();
        unknownNumber = CertificateNumbers.issue(Year.of(2026), 99_999_999L).value();
        assertThat(service.get("/api/v1/public/certificates/" + unknownNumber).statusCode()).isEqualTo(404);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** Every secured operation; the test below checks that this is exactly openapi.json's list. */
    static Stream<Operation> securedOperations() {
        String request = "/api/v1/requests/{id}";
        Journey.Multipart upload = new Journey.Multipart().field("document", "DIPLOMA")
                .file("file", "copy.pdf", "application/pdf", Journey.PDF);
        return Stream.of(
                Operation.of("startRequest", "POST", "/api/v1/requests", APPLICANT, Subject.NONE, P01_ELIGIBLE),
                Operation.of("getRequest", "GET", request, ANYONE_SIGNED_IN, Subject.REQUEST, ""),
                Operation.of("requestConsent", "POST", request + "/consent", APPLICANT, Subject.REQUEST, ""),
                Operation.of("confirmConsent", "POST", request + "/consent/confirmation", APPLICANT,
                        Subject.REQUEST, "{\"code\": \"123456\"}"),
                Operation.of("declineConsent", "POST", request + "/consent/refusal", APPLICANT, Subject.REQUEST,
                        ""),
                Operation.of("fetchRegistries", "POST", request + "/fetch", APPLICANT, Subject.REQUEST, ""),
                Operation.of("amendForm", "PUT", request + "/form", APPLICANT, Subject.REQUEST,
                        "{\"category\": \"DOMESTIC\", \"declaredSpecialty\": \"PEDIATRICS\"}"),
                new Operation("attachDocument", "POST", request + "/attachments", APPLICANT, Subject.REQUEST,
                        upload.contentType(), upload.bytes()),
                Operation.of("submitRequest", "POST", request + "/submission", APPLICANT, Subject.REQUEST,
                        "{\"signature\": \"DEMO-EDS:" + P02 + ":" + "0".repeat(64) + "\"}"),
                Operation.of("objectToRefusal", "POST", request + "/objection", APPLICANT, Subject.REQUEST,
                        "{\"text\": \"The 2025 course is missing.\"}"),
                Operation.of("downloadAttachment", "GET", request + "/attachments/{attachmentId}",
                        ANYONE_SIGNED_IN, Subject.ATTACHMENT, ""),
                Operation.of("officerQueue", "GET", "/api/v1/officer/queue", OFFICER_OR_ADMIN, Subject.NONE, ""),
                Operation.of("issueCertificate", "POST", request + "/decision/issue", OFFICER, Subject.REQUEST, ""),
                Operation.of("proposeRefusal", "POST", request + "/decision/preliminary-refusal", OFFICER,
                        Subject.REQUEST, REFUSAL),
                Operation.of("refuse", "POST", request + "/decision/refusal", OFFICER, Subject.REQUEST, REFUSAL),
                Operation.of("readAuditTrail", "GET", request + "/audit", OFFICER_OR_ADMIN, Subject.REQUEST, ""),
                Operation.of("revokeCertificate", "POST", "/api/v1/certificates/{number}/revocation", OFFICER,
                        Subject.CERTIFICATE, "{\"ground\": \"GROUND_4_COURT_PROHIBITION\", "
                                + "\"reason\": \"Court ruling of 12.11.2026, case 1-1234/2026\"}"),
                Operation.of("downloadCertificatePdf", "GET", "/api/v1/certificates/{number}/pdf", APPLICANT,
                        Subject.CERTIFICATE, ""),
                Operation.of("listCertificates", "GET", "/api/v1/certificates?holder={holder}", ANYONE_SIGNED_IN,
                        Subject.HOLDER, ""),
                Operation.of("listRequests", "GET", "/api/v1/requests", APPLICANT, Subject.NONE, ""),
                new Operation("importRegister", "POST", "/api/v1/admin/register/imports", ADMIN_ONLY, Subject.NONE,
                        "text/csv", "number\n".getBytes(StandardCharsets.UTF_8)),
                Operation.of("expiryReport", "GET", "/api/v1/admin/reports/expiring?from=2027-01-01&to=2027-12-31",
                        ADMIN_ONLY, Subject.NONE, ""),
                Operation.of("verifyAuditChain", "GET", "/api/v1/admin/audit/verification", ADMIN_ONLY,
                        Subject.NONE, ""));
    }

    @Test
    void theMatrixCoversEveryOperationThatOpenApiDocumentsAsSecured_andNoOther() {
        JsonNode api = Journey.json(service.get("/openapi.json"));
        Set<String> secured = new TreeSet<>();
        Set<String> open = new TreeSet<>();
        api.path("paths").forEach(item -> item.properties().forEach(operation -> {
            JsonNode security = operation.getValue().has("security") ? operation.getValue().get("security")
                    : api.path("security");
            if (security.toString().contains("\"metricsToken\"")) {
                return; // the operators' metrics: their own token, not the API's (MetricsAccessEndToEndTest)
            }
            (security.isArray() && !security.isEmpty() ? secured : open)
                    .add(operation.getValue().path("operationId").asText());
        }));

        assertThat(securedOperations().map(Operation::id)).containsExactlyInAnyOrderElementsOf(secured);
        // and what is documented as open answers without a token
        assertThat(open).contains("verifyCertificate", "evaluateDossier", "health", "serviceStandard");
        assertThat(service.get("/api/v1/public/certificates/" + certificateNumber).statusCode()).isEqualTo(200);
        assertThat(service.get("/verify/" + certificateNumber).statusCode()).isEqualTo(200);
        assertThat(service.get("/api/v1/reference-data").statusCode()).isEqualTo(200);
        assertThat(service.get("/api/v1/public/service-standard").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("securedOperations")
    void withoutATokenOrWithABadOne_401(Operation operation) {
        for (RunningService caller : List.of(service, service.withAuthorization("Bearer not.a.token"),
                service.withAuthorization("Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))))) {
            HttpResponse<String> answer = call(caller, operation, requestId, attachmentId, certificateNumber, P01);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertProblem(answer);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("securedOperations")
    void aRoleTheOperationDoesNotAdmit_403(Operation operation) {
        List<Role> refused = EnumSet.complementOf(EnumSet.copyOf(operation.admits())).stream().toList();
        for (Role role : refused) {
            HttpResponse<String> answer = call(service.as(rightful(role)), operation, requestId, attachmentId,
                    certificateNumber, P01);
            assertThat(answer.statusCode()).as(role + ": " + answer.body()).isEqualTo(403);
            assertProblem(answer);
        }
        if (operation.admits().size() == Role.values().length) {
            assertThat(refused).isEmpty(); // nothing to refuse: the object checks below are what protects it
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("securedOperations")
    void anotherPersonsOrDepartmentsObject_404_asIfItDidNotExist(Operation operation) {
        if (operation.subject() == Subject.NONE) {
            return; // acts on no one's object: its protection is the role (above)
        }
        List<String> checked = new ArrayList<>();
        for (Role role : operation.admits()) {
            Actor outsider = switch (role) {
                case APPLICANT -> new Actor.Applicant(Iin.parse(P02));
                case OFFICER -> ASTANA;
                case ADMIN -> null; // administrators see every department's objects
            };
            if (outsider == null) {
                continue;
            }
            HttpResponse<String> foreign = call(service.as(outsider), operation, requestId, attachmentId,
                    certificateNumber, P01);
            HttpResponse<String> unknown = call(service.as(outsider), operation, UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), unknownNumber, UNKNOWN_HOLDER);
            assertThat(foreign.statusCode()).as(role + " outsider: " + foreign.body()).isEqualTo(404);
            assertThat(unknown.statusCode()).as(role + " unknown: " + unknown.body()).isEqualTo(404);
            assertProblem(foreign);
            assertThat(Journey.json(foreign).path("title")).isEqualTo(Journey.json(unknown).path("title"));
            assertThat(foreign.body()).doesNotContain(P01, "Абенова");
            checked.add(role.name());
        }
        assertThat(checked).as("some role that the operation admits was tried as an outsider").isNotEmpty();
    }

    @Test
    void theRightfulReadersGetTheObjects_soThatThe404sAboveAreAboutWhoAsks() {
        Operation[] reads = securedOperations().filter(o -> o.method().equals("GET") && o.subject() != Subject.NONE)
                .toArray(Operation[]::new);
        assertThat(reads).hasSize(5);
        for (Operation read : reads) {
            for (Role role : read.admits()) {
                HttpResponse<String> answer = call(service.as(rightful(role)), read, requestId, attachmentId,
                        certificateNumber, P01);
                assertThat(answer.statusCode()).as(read + " as " + role + ": " + answer.body()).isEqualTo(200);
            }
        }
        // the officers' queue: Almaty's shows P01's accepted request, Astana's does not
        assertThat(service.as(ALMATY).get("/api/v1/officer/queue").body()).contains(acceptedId);
        assertThat(service.as(ASTANA).get("/api/v1/officer/queue").body()).doesNotContain(acceptedId);
    }

    private static Actor rightful(Role role) {
        return switch (role) {
            case APPLICANT -> new Actor.Applicant(Iin.parse(P01));
            case OFFICER -> ALMATY;
            case ADMIN -> ADMIN;
        };
    }

    private static HttpResponse<String> call(RunningService caller, Operation operation, String request,
                                             String attachment, String number, String holder) {
        String path = operation.path().replace("{id}", request).replace("{attachmentId}", attachment)
                .replace("{number}", number).replace("{holder}", holder);
        HttpRequest.Builder builder = HttpRequest.newBuilder(service.uri(path));
        if (operation.method().equals("GET")) {
            builder.GET();
        } else {
            builder.header("Content-Type", operation.contentType())
                    .method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(operation.body()));
        }
        return caller.send(builder.build());
    }

    private static void assertProblem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Journey.json(answer).path("status").asInt()).isEqualTo(answer.statusCode());
    }
}
