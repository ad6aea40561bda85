package kz.medcert.adapters.persistence.stored;

import static kz.medcert.adapters.persistence.stored.DossierMapper.each;

import kz.medcert.domain.evaluation.Finding;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.ReviewNote;
import kz.medcert.domain.reference.LocalizedText;

/** The outcome of an evaluation, its findings and review notes, and the kk/ru/en texts they carry. */
final class OutcomeMapper {

    private OutcomeMapper() {
    }

    static StoredEvaluation.Outcome toStored(Outcome outcome) {
        return outcome.<StoredEvaluation.Outcome>fold(
                eligible -> new StoredEvaluation.Eligible(toStored(eligible.motivation())),
                refusal -> new StoredEvaluation.Refusal(refusal.grounds(), refusal.failedRules(),
                        each(refusal.findings(), OutcomeMapper::toStored), toStored(refusal.motivation())));
    }

    static Outcome toDomain(StoredEvaluation.Outcome stored) {
        if (stored instanceof StoredEvaluation.Eligible eligible) {
            return new Outcome.Eligible(toDomain(eligible.motivation()));
        }
        StoredEvaluation.Refusal refusal = (StoredEvaluation.Refusal) stored;
        return new Outcome.Refusal(refusal.grounds(), refusal.failedRules(),
                each(refusal.findings(), OutcomeMapper::toDomain), toDomain(refusal.motivation()));
    }

    static StoredEvaluation.Finding toStored(Finding f) {
        return new StoredEvaluation.Finding(f.ground(), f.rules(), toStored(f.explanation()));
    }

    static Finding toDomain(StoredEvaluation.Finding s) {
        return new Finding(s.ground(), s.rules(), toDomain(s.explanation()));
    }

    static StoredEvaluation.ReviewNote toStored(ReviewNote n) {
        return new StoredEvaluation.ReviewNote(n.code(), n.rules(), toStored(n.text()));
    }

    static ReviewNote toDomain(StoredEvaluation.ReviewNote s) {
        return new ReviewNote(s.code(), s.rules(), toDomain(s.text()));
    }

    static StoredEvaluation.Text toStored(LocalizedText t) {
        return new StoredEvaluation.Text(t.kk(), t.ru(), t.en());
    }

    static LocalizedText toDomain(StoredEvaluation.Text s) {
        return new LocalizedText(s.kk(), s.ru(), s.en());
    }
}
