package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.PEDIATRICS;
import static kz.medcert.domain.request.RequestFixtures.THERAPY;
import static kz.medcert.domain.request.RequestFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.certificate.Supersessions;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules read of a person's register only what {@link RegisterExcerpt} selects (R14, R64, R88): over seeded random
 * histories (confirmations several a day, replacements within and across specialties, revocations before and after
 * the application day) and requests naming registry and declared certificates, the evaluation with the excerpt equals
 * the evaluation with every entry.
 */
class RegisterExcerptTest {
    private static final CertificationRules RULES = CertificationRules.standard();
    private static final List<SpecialtyCode> SPECIALTIES = List.of(PEDIATRICS, THERAPY);
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2019, 5, 6), LocalDate.of(2021, 3, 1),
            LocalDate.of(2022, 3, 1), LocalDate.of(2024, 9, 9), TODAY.minusDays(1), TODAY);
    private static final PersonName NAME = PersonName.of("Сәрсенова", "Әйгерім", "Болатқызы");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theEvaluationWithTheExcerpt_equalsTheEvaluationWithTheWholeHistory_R14_R64_R88(long seed) {
        Random random = new Random(seed);
        CertificationRequest request = request(random);
        List<IssuedCertificate> history = history(random, request.state().applicant().iin());
        LocalDate day = random.nextBoolean() ? TODAY : DAYS.get(random.nextInt(DAYS.size()));
        RegisterExcerpt excerpt = request.registerExcerpt(day);

        List<IssuedCertificate> selected = excerpt.selectFrom(history);
        Evaluation withExcerpt = request.evaluate(RULES, day, Optional.empty(), selected);
        Evaluation withHistory = request.evaluate(RULES, day, Optional.empty(), history);

        assertThat(withExcerpt).as("seed %d, history %s, selected %s", seed, history, selected)
                .isEqualTo(withHistory);
    }

    private static CertificationRequest request(Random random) {
        SpecialtyCode declared = SPECIALTIES.get(random.nextInt(SPECIALTIES.size()));
        DossierBuilder form = Dossier.builder(RequestFixtures.domesticFormBuilder().build().category(), declared,
                TODAY).education(RequestFixtures.DECLARED_DIPLOMA).postgraduate(RequestFixtures.DECLARED_INTERNSHIP)
                .professionalDevelopment(new ProfessionalDevelopment(declared, StudyVolume.ofCredits(5),
                        TODAY.minusYears(1)));
        if (random.nextBoolean()) {
            form.certificate(certificate(random, false));
        }
        List<HeldCertificate> answered = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            answered.add(certificate(random, true));
        }
        return RequestFixtures.awaitingDocuments(f -> f.withCertificates(List.copyOf(answered))
                .withEmployment(List.of(EmploymentPeriod.current(declared, LocalDate.of(2015, 9, 1), true)))
                .withProhibition(Prohibition.NONE));
    }

    private static HeldCertificate certificate(Random random, boolean inRegistry) {
        LocalDate issued = DAYS.get(random.nextInt(DAYS.size()));
        return HeldCertificate.valid(SPECIALTIES.get(random.nextInt(SPECIALTIES.size())), issued,
                issued.plusYears(random.nextBoolean() ? 5 : 4), inRegistry);
    }

    /** Entries added one by one as a register adds them (marking what each replaces), some revoked afterwards. */
    private static List<IssuedCertificate> history(Random random, kz.medcert.domain.person.Iin holder) {
        List<IssuedCertificate> held = new ArrayList<>();
        int count = random.nextInt(10);
        for (int serial = 1; serial <= count; serial++) {
            LocalDate issued = DAYS.get(random.nextInt(DAYS.size()));
            Optional<IssuedCertificate> confirmed = held.isEmpty() || random.nextInt(3) > 0 ? Optional.empty()
                    : Optional.of(held.get(random.nextInt(held.size())));
            held.add(IssuedCertificate.issue(CertificateNumbers.issue(Year.of(issued.getYear()), serial), holder,
                    NAME, SPECIALTIES.get(random.nextInt(SPECIALTIES.size())), Optional.of(QualificationLevel.FIRST),
                    Department.of(Region.ALMATY_CITY), issued, confirmed.map(IssuedCertificate::number)));
            held.sort(IssuedCertificate.REGISTER_ORDER);
            for (IssuedCertificate marked : Supersessions.pending(held)) {
                held.replaceAll(e -> e.number().equals(marked.number()) ? marked : e);
            }
            if (random.nextInt(4) == 0) {
                int k = random.nextInt(held.size());
                IssuedCertificate entry = held.get(k);
                if (entry.revocation().isEmpty()) {
                    held.set(k, entry.revoked(new Revocation(entry.issuedOn().plusDays(random.nextInt(900)),
                            "GROUND_4_COURT_PROHIBITION", "Приговор суда", "OFFICER 9 ALMATY_CITY")));
                }
            }
        }
        return List.copyOf(held);
    }
}
