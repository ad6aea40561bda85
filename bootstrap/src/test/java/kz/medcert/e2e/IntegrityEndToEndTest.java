package kz.medcert.e2e;

import static kz.medcert.e2e.DemoApplications.P01_ELIGIBLE;
import static kz.medcert.e2e.DemoApplications.P01_IIN;
import static kz.medcert.e2e.DemoApplications.P01_SHORT_OF_PD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 over the real wiring and the embedded database, on the demo day: the service never issues, keeps or
 * confirms a certificate the Order forbids. Identity, residence and citizenship come from the state database of
 * individuals (R03, R69, R71, R75); the register's revocations close the confirmation route (row 8 part B, R88);
 * grounds 4 and 5 leave no discretion and other grounds need a written override (R74, R88, R89, R91); only a
 * certificate in force is confirmed automatically (R14); the form's qualification level and a foreign specialist's
 * organisation are kept (R15, Appendix 5); ground 1 names the upload found unreliable (R85).
 */
class IntegrityEndToEndTest {
    private static final Actor.Officer ALMATY = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
    private static final Actor.Officer ASTANA = new Actor.Officer("OFF-7", Department.of(Region.ASTANA));
    /** A valid IIN that no demo person has: the state database of individuals holds nobody under it. */
    private static final String STRANGER = "900505409995";
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.onDemoDay();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aTypedName_isOnlyTheApplicantsStatement_theCertificateCarriesTheRegisteredOne_R69_R75() {
        Journey journey = new Journey(service, P01_IIN);
        journey.start(edited(P01_ELIGIBLE, body -> ((ObjectNode) body.get("applicant")).put("surname", "Иванов")
                .put("givenName", "Пётр").remove("patronymic")));
        journey.consent();
        journey.uploadMissing();

        JsonNode accepted = Journey.json(ok(journey.submit()));

        JsonNode applicant = accepted.get("applicant");
        assertThat(applicant.get("fullName").asText()).isEqualTo("Абенова Айгерим Болатқызы");
        assertThat(applicant.get("nameSource").asText()).isEqualTo("REGISTRY");
        assertThat(applicant.at("/declared/fullName").asText()).isEqualTo("Иванов Пётр");
        assertThat(accepted.at("/applicant/nameChange/source").asText()).isEqualTo("NAME_CHANGES");
        // a differing typed name is a note for the officer: never confirmed automatically
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(codes(accepted.at("/evaluation/reviewNotes"))).contains("NAME_DIFFERS_FROM_REGISTRY");

        JsonNode issued = Journey.json(ok(service.as(ALMATY).postJson(journey.path("/decision/issue"), "")));
        String number = issued.get("certificateNumber").asText();
        JsonNode verified = Journey.json(ok(service.get("/api/v1/public/certificates/" + number)));
        assertThat(verified.get("holder").asText()).isEqualTo("Абенова А. Б.");
    }

    @Test
    void theRegisteredRegion_picksTheDepartment_notTheTypedOne_R71() {
        Journey journey = new Journey(service, P01_IIN);
        journey.start(edited(P01_ELIGIBLE, body -> ((ObjectNode) body.get("applicant")).put("region", "ASTANA")));

        JsonNode consented = journey.consent();

        assertThat(consented.at("/applicant/region").asText()).isEqualTo("ALMATY_CITY");
        assertThat(consented.at("/applicant/regionSource").asText()).isEqualTo("REGISTRY");
        assertThat(consented.at("/applicant/declared/region").asText()).isEqualTo("ASTANA");
        assertThat(codes(consented.at("/evaluation/reviewNotes"))).contains("REGION_DIFFERS_FROM_REGISTRY");
        assertThat(events(consented)).contains("REGION_FROM_REGISTRY");
        assertThat(service.as(ASTANA).get(journey.path("")).statusCode()).isEqualTo(404);
        assertThat(service.as(ALMATY).get(journey.path("")).statusCode()).isEqualTo(200);
    }

    @Test
    void aDomesticApplicantTheDatabaseDoesNotHold_cannotSubmit_R69_R71() {
        Journey journey = new Journey(service, STRANGER);
        journey.start("""
                {"applicant": {"iin": "900505409995", "surname": "Нұрова", "givenName": "Ая", "region": "ASTANA"},
                 "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}
                """);
        JsonNode consented = journey.consent();
        assertThat(consented.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");

        HttpResponse<String> refused = journey.submit();

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(Journey.json(refused).at("/errors/0/field").asText()).isEqualTo("applicant.iin");
        assertThat(refused.body()).contains("holds no person");
    }

    @Test
    void aForeignSpecialistTheDatabaseDoesNotHold_uploadsTheIdentityDocument_andGoesToAnOfficer_R47_R69_R71() {
        Journey journey = new Journey(service, "891201389143");
        journey.start(demoStartBody("P20"));
        JsonNode consented = journey.consent();

        assertThat(consented.get("missingUploads").findValuesAsText("document")).contains("IDENTITY_DOCUMENT");
        assertThat(consented.at("/applicant/regionSource").asText()).isEqualTo("DECLARED");
        assertThat(events(consented)).contains("REGION_AS_DECLARED");
        journey.uploadMissing();
        JsonNode accepted = Journey.json(ok(journey.submit()));

        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(codes(accepted.at("/evaluation/reviewNotes"))).contains("IDENTITY_NOT_IN_REGISTRY");
        assertThat(accepted.at("/form/organisation/name").asText()).isEqualTo("ТОО «Дентал Плюс»");
        assertThat(accepted.at("/applicant/phone").asText()).isNotBlank();
    }

    @Test
    void aCertificateRevokedOnACourtDecision_isNeverConfirmed_andGround4LeavesNoDiscretion_R88() {
        Journey journey = new Journey(service, "750525341502");
        journey.start(demoStartBody("P08"));
        JsonNode consented = journey.consent();

        // MC-2023-00000001-8 in GENERAL_SURGERY was revoked on 14 March 2025: the registry still says valid
        assertThat(consented.at("/evaluation/route").asText()).isEqualTo("FIRST_TIME");
        assertThat(codes(consented.at("/evaluation/reviewNotes"))).contains("CERTIFICATE_REVOKED");
        journey.uploadMissing();
        JsonNode accepted = Journey.json(ok(journey.submit()));
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.at("/evaluation/outcome/grounds").toString()).contains("GROUND_4_COURT_PROHIBITION");

        RunningService atyrau = service.as(new Actor.Officer("OFF-4", Department.of(Region.ATYRAU)));
        HttpResponse<String> plain = atyrau.postJson(journey.path("/decision/issue"), "");
        HttpResponse<String> overridden = atyrau.postJson(journey.path("/decision/issue"),
                "{\"overrideMotivation\": {\"ru\": \"Решение суда обжаловано.\"}}");

        for (HttpResponse<String> refused : List.of(plain, overridden)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.body()).contains("ground 4 (Activity prohibited by a court)", "no discretion");
        }
        assertThat(Journey.json(ok(atyrau.get(journey.path("")))).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void ground5_leavesNoDiscretionEither_R89() {
        Journey journey = new Journey(service, "801214345470");
        journey.start(demoStartBody("P09"));
        journey.consent();
        journey.uploadMissing();
        ok(journey.submit());

        HttpResponse<String> refused = service.as(new Actor.Officer("OFF-5", Department.of(Region.MANGYSTAU)))
                .postJson(journey.path("/decision/issue"), "{\"overrideMotivation\": {\"kk\": \"Шағым берілді.\"}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("ground 5 (Deprived of a special right)");
    }

    @Test
    void issuingOnOtherGrounds_needsAWrittenOverride_storedAuditedAndShownToTheApplicant_R74_R91() {
        Journey journey = submitted(P01_SHORT_OF_PD);
        RunningService officer = service.as(ALMATY);

        HttpResponse<String> without = officer.postJson(journey.path("/decision/issue"), "");
        HttpResponse<String> englishOnly = officer.postJson(journey.path("/decision/issue"),
                "{\"overrideMotivation\": {\"en\": \"Checked at the desk.\"}}");
        HttpResponse<String> issued = officer.postJson(journey.path("/decision/issue"),
                "{\"overrideMotivation\": {\"ru\": \"Удостоверение 2025 года на 3 кредита проверено на приёме.\"}}");

        assertThat(without.statusCode()).as(without.body()).isEqualTo(422);
        assertThat(Journey.json(without).at("/errors/0/field").asText()).isEqualTo("overrideMotivation");
        assertThat(without.body()).contains("grounds 2 (Requirements not met)");
        assertThat(englishOnly.statusCode()).as(englishOnly.body()).isEqualTo(400);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonNode seen = journey.view();
        assertThat(seen.at("/decision/override/grounds").toString()).contains("GROUND_2_REQUIREMENTS_NOT_MET");
        assertThat(seen.at("/decision/override/motivation/ru").asText()).startsWith("Удостоверение 2025 года");
        assertThat(seen.get("history").findValuesAsText("detail")).anySatisfy(detail ->
                assertThat(detail).contains("set aside", "[ru] Удостоверение 2025 года"));
        JsonNode audit = Journey.json(ok(officer.get(journey.path("/audit"))));
        assertThat(audit.toString()).contains("set aside");
    }

    @Test
    void anExpiredCertificate_goesToAnOfficer_whoReadsItsCopy_R14_R34() {
        Journey journey = new Journey(service, "861205416931");
        journey.start(demoStartBody("P27"));
        JsonNode consented = journey.consent();
        assertThat(consented.at("/evaluation/route").asText()).isEqualTo("CONFIRMATION");
        journey.uploadMissing();

        JsonNode accepted = Journey.json(ok(journey.submit()));

        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("decision").isNull()).isTrue();
    }

    @Test
    void theQualificationLevelAppliedFor_isNamed_kept_andGranted_R15() {
        HttpResponse<String> unnamed = service.asApplicant(P01_IIN).postJson("/api/v1/requests",
                edited(P01_ELIGIBLE, body -> ((ObjectNode) body.get("form")).put("requestsQualificationLevel", true)));
        assertThat(unnamed.statusCode()).as(unnamed.body()).isEqualTo(400);
        assertThat(unnamed.body()).contains("form.qualificationLevel");

        Journey journey = submitted(edited(P01_ELIGIBLE, body -> ((ObjectNode) body.get("form"))
                .put("qualificationLevel", "FIRST")));
        JsonNode accepted = journey.view();
        assertThat(accepted.at("/form/qualificationLevel").asText()).isEqualTo("FIRST");
        assertThat(accepted.at("/form/requestsQualificationLevel").asBoolean()).isTrue();

        // R15: applying for a level needs the assessment, which P01 lacks: the officer issues with an override
        JsonNode issued = Journey.json(ok(service.as(ALMATY).postJson(journey.path("/decision/issue"),
                "{\"overrideMotivation\": {\"kk\": \"Бағалау нәтижесі тексерілді.\"}}")));
        assertThat(issued.at("/request/decision/qualificationLevel").asText()).isEqualTo("FIRST");
        JsonNode verified = Journey.json(ok(service.get("/api/v1/public/certificates/"
                + issued.get("certificateNumber").asText())));
        assertThat(verified.at("/qualificationLevel/code").asText()).isEqualTo("FIRST");
    }

    @Test
    void theForeignSpecialistsApplication_namesTheOrganisationAddressAndPhone_AppendixFive() {
        HttpResponse<String> bare = service.asApplicant("920505385175").postJson("/api/v1/requests",
                edited(DemoApplications.P19_FOREIGN, body -> {
                    ((ObjectNode) body.get("form")).remove("organisation");
                    ((ObjectNode) body.get("applicant")).remove(List.of("postalAddress", "phone"));
                }));

        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(400);
        assertThat(Journey.json(bare).get("errors").findValuesAsText("field"))
                .contains("form.organisation", "applicant.postalAddress", "applicant.phone");
    }

    @Test
    void theForeignSpecialistsCertificate_namesTheOrganisation_inTheRegisterAndOnItsPdf_AppendixFive()
            throws java.io.IOException {
        Journey journey = new Journey(service, "920505385175");
        journey.start(DemoApplications.P19_FOREIGN);
        journey.consent();
        journey.uploadMissing();
        ok(journey.submit());

        JsonNode issued = Journey.json(ok(service.as(ALMATY).postJson(journey.path("/decision/issue"), "")));
        String number = issued.get("certificateNumber").asText();

        RunningService holder = service.asApplicant("920505385175");
        JsonNode listed = Journey.json(ok(holder.get("/api/v1/certificates")));
        assertThat(listed.get("certificates").findValuesAsText("organisation"))
                .contains("ГКП на ПХВ «Городская поликлиника №5» г. Алматы");
        java.net.http.HttpRequest download = java.net.http.HttpRequest.newBuilder(
                        service.uri("/api/v1/certificates/" + number + "/pdf"))
                .header("Authorization", "Bearer " + service.tokens().mint(new Actor.Applicant(
                        kz.medcert.domain.person.Iin.parse("920505385175")))).GET().build();
        HttpResponse<byte[]> pdf;
        try {
            pdf = java.net.http.HttpClient.newHttpClient().send(download, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Организация здравоохранения", "Городская поликлиника №5");
        }
    }

    @Test
    void aCategoryThatContradictsTheDeclaredCitizenship_isA422_R03() {
        HttpResponse<String> start = service.asApplicant("920505385175").postJson("/api/v1/requests",
                edited(DemoApplications.P19_FOREIGN, body -> ((ObjectNode) body.get("form")).put("category",
                        "DOMESTIC")));
        HttpResponse<String> evaluation = service.postJson("/api/v1/evaluations",
                "{\"category\": \"FOREIGN\", \"declaredSpecialty\": \"THERAPY\", \"citizenship\": \"KZ\"}");

        assertThat(start.statusCode()).as(start.body()).isEqualTo(422);
        assertThat(Journey.json(start).at("/errors/0/field").asText()).isEqualTo("form.category");
        assertThat(evaluation.statusCode()).as(evaluation.body()).isEqualTo(422);
        assertThat(Journey.json(evaluation).at("/errors/0/field").asText()).isEqualTo("category");
    }

    @Test
    void theRegistrysCitizenship_routesARequestOnTheOtherForm_andTheHistorySaysSo_R03() {
        Journey journey = new Journey(service, "920505385175");
        journey.start("""
                {"applicant": {"iin": "920505385175", "surname": "Каримов", "givenName": "Шерзод",
                               "patronymic": "Алишерович", "region": "ALMATY_CITY"},
                 "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}
                """);

        JsonNode consented = journey.consent();
        JsonNode settled = consented.get("status").asText().equals("AWAITING_REGISTRIES")
                ? Journey.json(ok(service.asApplicant("920505385175").postJson(journey.path("/fetch"), "")))
                : consented;

        assertThat(settled.at("/applicant/citizenship").asText()).isEqualTo("UZ");
        assertThat(settled.at("/applicant/category").asText()).isEqualTo("FOREIGN");
        assertThat(settled.at("/form/category").asText()).isEqualTo("DOMESTIC");
        assertThat(events(settled)).contains("SERVICE_FOLLOWS_CITIZENSHIP");
        assertThat(settled.at("/evaluation/route").asText()).startsWith("FOREIGN_");
        assertThat(codes(settled.at("/evaluation/reviewNotes"))).contains("CATEGORY_FOLLOWS_CITIZENSHIP");
    }

    @Test
    void groundOne_isTheOfficersFindingAgainstAnUploadOfTheRequest_R85() {
        Journey journey = new Journey(service, P01_IIN);
        journey.start(P01_SHORT_OF_PD);
        journey.consent();
        String upload = Journey.json(ok(journey.attach("PROFESSIONAL_DEVELOPMENT", null, null, null)))
                .at("/attachment/id").asText();
        ok(journey.submit());
        RunningService officer = service.as(ALMATY);
        String motivation = "\"motivation\": \"Удостоверение не выдавалось организацией образования.\"";

        HttpResponse<String> unnamed = officer.postJson(journey.path("/decision/preliminary-refusal"),
                "{\"grounds\": [\"GROUND_1_UNRELIABLE_DATA\"], " + motivation + "}");
        HttpResponse<String> foreign = officer.postJson(journey.path("/decision/preliminary-refusal"),
                "{\"grounds\": [\"GROUND_1_UNRELIABLE_DATA\"], " + motivation + ", \"unreliableDocuments\": [\""
                        + UUID.randomUUID() + "\"]}");
        HttpResponse<String> proposed = officer.postJson(journey.path("/decision/preliminary-refusal"),
                "{\"grounds\": [\"GROUND_1_UNRELIABLE_DATA\"], " + motivation + ", \"unreliableDocuments\": [\""
                        + upload + "\"]}");

        assertThat(unnamed.statusCode()).as(unnamed.body()).isEqualTo(400);
        assertThat(unnamed.body()).contains("unreliableDocuments");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(422);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        assertThat(Journey.json(proposed).at("/decision/unreliableDocuments/0").asText()).isEqualTo(upload);
    }

    private static Journey submitted(String body) {
        Journey journey = new Journey(service, P01_IIN);
        journey.start(body);
        journey.consent();
        journey.uploadMissing();
        HttpResponse<String> submitted = journey.submit();
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return journey;
    }

    private static String demoStartBody(String id) {
        return FuzzWorld.loadPersons().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow()
                .startBody().toString();
    }

    private static String edited(String body, Consumer<JsonNode> change) {
        try {
            JsonNode tree = Journey.JSON.readTree(body);
            change.accept(tree);
            return tree.toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static <T> HttpResponse<T> ok(HttpResponse<T> response) {
        assertThat(response.statusCode()).as(String.valueOf(response.body())).isBetween(200, 299);
        return response;
    }

    private static List<String> codes(JsonNode notes) {
        return notes.findValuesAsText("code");
    }

    private static List<String> events(JsonNode request) {
        return request.get("history").findValuesAsText("event");
    }
}
