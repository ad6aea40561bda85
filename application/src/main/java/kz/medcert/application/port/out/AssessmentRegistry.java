package kz.medcert.application.port.out;

import java.util.List;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.person.Iin;

/** Results of the assessment of professional preparedness under ҚР ДСМ-249/2020 (R66). */
public interface AssessmentRegistry {

    List<AssessmentResult> assessmentsOf(Iin iin);
}
