package kz.medcert.application.service.reference;

import jakarta.inject.Inject;
import java.util.List;
import kz.medcert.application.port.in.reference.ReferenceDataUseCase;
import kz.medcert.domain.access.Regions;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.QualificationLevel;

/**
 * Serves the reference data the rules use, so that portals offer only valid codes (R02, R96), name regions and
 * departments (R71) and grounds (R85–R90) as the service does, and know the calendar of deadlines (R77).
 */
public final class ReferenceDataService implements ReferenceDataUseCase {
    private final CertificationRules rules;

    @Inject
    public ReferenceDataService(CertificationRules rules) {
        this.rules = rules;
    }

    @Override
    public ReferenceData referenceData() {
        return new ReferenceData(rules.catalogue().all(), List.of(EducationLevel.values()),
                List.of(EducationField.values()), List.of(QualificationLevel.values()),
                List.of(DocumentCode.values()), rules.ruleSet().version(), Regions.all(), List.of(Ground.values()),
                rules.deadlines().calendar());
    }
}
