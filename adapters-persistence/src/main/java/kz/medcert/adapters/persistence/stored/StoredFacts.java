package kz.medcert.adapters.persistence.stored;

import java.util.List;
import kz.medcert.domain.dossier.Prohibition;

/**
 * What the state registries returned for a request, as stored. A null name change, prohibition or identity answer
 * means that registry has not answered.
 */
record StoredFacts(List<StoredDossier.Education> education, List<StoredDossier.Postgraduate> postgraduate,
                   List<StoredDossier.Certificate> certificates, Boolean nameChangeOnRecord,
                   List<StoredDossier.Assessment> assessments, List<StoredDossier.Employment> employment,
                   Prohibition prohibition, Boolean identityOnRecord) {

    StoredFacts {
        education = List.copyOf(education);
        postgraduate = List.copyOf(postgraduate);
        certificates = List.copyOf(certificates);
        assessments = List.copyOf(assessments);
        employment = List.copyOf(employment);
    }
}
