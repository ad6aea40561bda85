package kz.medcert.application.port.out;

import java.util.List;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.person.Iin;

/** The education registry (R62, R63): diplomas and postgraduate training it holds for a person. */
public interface EducationRegistry {

    /** Records it holds, marked {@code inRegistry}; empty lists when it holds none. */
    EducationFound educationOf(Iin iin);

    /** What the education registry returned. */
    record EducationFound(List<EducationRecord> education, List<PostgraduateTraining> postgraduate) {
        public EducationFound {
            education = List.copyOf(education);
            postgraduate = List.copyOf(postgraduate);
        }
    }
}
