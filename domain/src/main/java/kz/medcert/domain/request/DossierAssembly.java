package kz.medcert.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.Prohibition;

/**
 * Builds the dossier of a request: registry data first, then what the applicant declared that no registry holds
 * (R21, R70). A declared record that a registry also returned is dropped, so nothing counts twice.
 */
final class DossierAssembly {

    private DossierAssembly() {
    }

    /**
     * @param register what the service's own register holds for the applicant: authoritative for those certificates
     *                 (R14, R64), revocations included
     */
    static Dossier assemble(RequestState s, LocalDate applicationDate, Optional<Instant> submittedAt,
                            List<IssuedCertificate> register) {
        Dossier form = s.form();
        FetchedFacts f = s.consent().given() ? s.fetched() : FetchedFacts.NOTHING;
        // R03, R53: citizenship and permanent residence as the state database of individuals holds them
        ApplicantIdentity identity = ApplicantIdentity.of(s.consent().given() ? s
                : s.withFetched(FetchedFacts.NOTHING));
        DossierBuilder b = Dossier.builder(form.category(), form.declaredSpecialty(), applicationDate)
                .requestsQualificationLevel(form.requestsQualificationLevel())
                .permanentResident(identity.permanentResident())
                .consentGiven(s.consent().status() != ConsentStatus.DECLINED) // R90: only a declined consent refuses
                // R68: nothing fetched (yet) reads as "no data": a review note, not a refusal
                .prohibition(f.prohibition().orElse(Prohibition.NO_DATA))
                .nameChangedAfterEducation(form.nameChangedAfterEducation())
                .nameChangeInRegistry(f.nameChangeOnRecord().orElse(false))
                .firstJobAfterGraduation(form.firstJobAfterGraduation())
                .identityInRegistry(f.identityOnRecord().orElse(false));
        form.declaredSpecialization().ifPresent(b::declaredSpecialization);
        identity.citizenship().ifPresent(b::citizenship);
        form.labourPermit().ifPresent(b::labourPermit);
        submittedAt.ifPresent(b::submittedAt);
        merge(f.education(), form.education(), e -> List.of(e.level(), e.field(), e.graduationDate()))
                .forEach(b::education);
        merge(f.postgraduate(), form.postgraduate(), p -> List.of(p.type(), p.specialty(), p.completedOn()))
                .forEach(b::postgraduate);
        // Row 8 part B: a certificate the register shows revoked on a court decision confirms nothing, whoever names it
        merge(CertificateRecords.reconcile(f.certificates(), register, applicationDate),
                CertificateRecords.withoutRevoked(form.certificates(), register, applicationDate),
                c -> List.of(c.specialty(), c.issuedOn()))
                .forEach(b::certificate);
        merge(f.employment(), form.employment().periods(), p -> List.of(p.specialty(), p.from()))
                .forEach(b::employment);
        merge(f.assessments(), form.assessments(), a -> List.of(a.specialty(), a.date()))
                .forEach(b::assessment);
        form.retraining().forEach(b::retraining);
        form.certificationCourses().forEach(b::certificationCourse);
        form.professionalDevelopment().forEach(b::professionalDevelopment);
        foreignLanguageDocuments(s).forEach(b::foreignLanguageDocument);
        return b.build();
    }

    private static <T> Stream<T> merge(List<T> fetched, List<T> declared, Function<T, List<?>> key) {
        Set<List<?>> known = new LinkedHashSet<>();
        fetched.forEach(x -> known.add(key.apply(x)));
        return Stream.concat(fetched.stream(), declared.stream().filter(x -> !known.contains(key.apply(x))));
    }

    // R20: every document uploaded in a language other than Kazakh or Russian needs a notarized translation
    private static Set<DocumentCode> foreignLanguageDocuments(RequestState s) {
        Set<DocumentCode> documents = new LinkedHashSet<>(s.form().foreignLanguageDocuments());
        s.attachments().stream().filter(Attachment::foreignLanguage).map(Attachment::document)
                .forEach(documents::add);
        return documents;
    }
}
