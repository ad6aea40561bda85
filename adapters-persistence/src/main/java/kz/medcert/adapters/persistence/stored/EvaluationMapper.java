package kz.medcert.adapters.persistence.stored;

import static kz.medcert.adapters.persistence.stored.DossierMapper.each;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import kz.medcert.domain.calendar.ServiceDeadline;
import kz.medcert.domain.certificate.Standing;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.DateWindow;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.NotRequiredItem;
import kz.medcert.domain.evaluation.RouteDecision;

/**
 * The evaluation of a submission, to and from the stored form: route, checklist, exemptions and deadline here, the
 * outcome and review notes through {@link OutcomeMapper}.
 */
final class EvaluationMapper {

    private EvaluationMapper() {
    }

    static StoredEvaluation toStored(Evaluation e) {
        return new StoredEvaluation(toStored(e.route()), each(e.checklist(), EvaluationMapper::toStored),
                each(e.notRequired(), EvaluationMapper::toStored), OutcomeMapper.toStored(e.outcome()),
                e.deadline().map(EvaluationMapper::toStored).orElse(null), e.ruleSet(),
                each(e.reviewNotes(), OutcomeMapper::toStored));
    }

    static Evaluation toDomain(StoredEvaluation s) {
        return new Evaluation(toDomain(s.route()), each(s.checklist(), EvaluationMapper::toDomain),
                each(s.notRequired(), EvaluationMapper::toDomain), OutcomeMapper.toDomain(s.outcome()),
                Optional.ofNullable(s.deadline()).map(EvaluationMapper::toDomain), s.ruleSet(),
                each(s.reviewNotes(), OutcomeMapper::toDomain));
    }

    static StoredEvaluation.RouteDecision toStored(RouteDecision r) {
        return new StoredEvaluation.RouteDecision(r.route(),
                r.flags().stream().sorted(Comparator.comparing(Enum::name)).toList(),
                r.certificate().map(DossierRecordMapper::toStored).orElse(null),
                r.standing().map(EvaluationMapper::toStored).orElse(null), r.breakCountedFrom().orElse(null));
    }

    static RouteDecision toDomain(StoredEvaluation.RouteDecision s) {
        return new RouteDecision(s.route(), new HashSet<>(s.flags()),
                Optional.ofNullable(s.certificate()).map(DossierRecordMapper::toDomain),
                Optional.ofNullable(s.standing()).map(EvaluationMapper::toDomain),
                Optional.ofNullable(s.breakCountedFrom()));
    }

    static StoredEvaluation.Standing toStored(Standing s) {
        return new StoredEvaluation.Standing(s.status(), s.lastValidDay().orElse(null), s.indefiniteKeptValid());
    }

    static Standing toDomain(StoredEvaluation.Standing s) {
        return new Standing(s.status(), Optional.ofNullable(s.lastValidDay()), s.indefiniteKeptValid());
    }

    static StoredEvaluation.ChecklistItem toStored(ChecklistItem i) {
        return new StoredEvaluation.ChecklistItem(i.document(), i.obligation(), i.source(), i.satisfaction(),
                i.rules(), i.basis(), i.subject().orElse(null),
                i.subjectText().map(OutcomeMapper::toStored).orElse(null), i.minimumCredits().orElse(null),
                i.window().map(EvaluationMapper::toStored).orElse(null));
    }

    static ChecklistItem toDomain(StoredEvaluation.ChecklistItem s) {
        return new ChecklistItem(s.document(), s.obligation(), s.source(), s.satisfaction(), s.rules(), s.basis(),
                Optional.ofNullable(s.subject()), Optional.ofNullable(s.subjectText()).map(OutcomeMapper::toDomain),
                Optional.ofNullable(s.minimumCredits()),
                Optional.ofNullable(s.window()).map(EvaluationMapper::toDomain));
    }

    static StoredEvaluation.DateWindow toStored(DateWindow w) {
        return new StoredEvaluation.DateWindow(w.from(), w.to());
    }

    static DateWindow toDomain(StoredEvaluation.DateWindow s) {
        return new DateWindow(s.from(), s.to());
    }

    static StoredEvaluation.NotRequired toStored(NotRequiredItem n) {
        return new StoredEvaluation.NotRequired(n.document(), n.rules(), OutcomeMapper.toStored(n.reasonText()));
    }

    static NotRequiredItem toDomain(StoredEvaluation.NotRequired s) {
        return new NotRequiredItem(s.document(), s.rules(), OutcomeMapper.toDomain(s.reason()));
    }

    static StoredEvaluation.Deadline toStored(ServiceDeadline d) {
        return new StoredEvaluation.Deadline(d.submittedAt(), d.submittedLocal(), d.registeredOn(), d.decisionDue());
    }

    static ServiceDeadline toDomain(StoredEvaluation.Deadline s) {
        return new ServiceDeadline(s.submittedAt(), s.submittedLocal(), s.registeredOn(), s.decisionDue());
    }
}
