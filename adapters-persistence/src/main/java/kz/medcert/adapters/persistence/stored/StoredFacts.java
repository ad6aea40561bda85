package kz.medcert.adapters.persistence.stored;

import java.util.List;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.dossier.Prohibition;

/**
 * What the state registries returned for a request, as stored. A null name change, prohibition or identity answer
 * means that registry has not answered; {@code person} is null unless the state database of individuals answered with
 * the person it holds.
 */
record StoredFacts(List<StoredDossier.Education> education, List<StoredDossier.Postgraduate> postgraduate,
                   List<StoredDossier.Certificate> certificates, Boolean nameChangeOnRecord,
                   List<StoredDossier.Assessment> assessments, List<StoredDossier.Employment> employment,
                   Prohibition prohibition, Boolean identityOnRecord, Person person) {

    /** The person the state database of individuals holds under the IIN; {@code residence} null without an address. */
    record Person(String iin, StoredRequest.Name name, String citizenship, Region residence,
                  boolean permanentResident) {
    }

    StoredFacts {
        education = List.copyOf(education);
        postgraduate = List.copyOf(postgraduate);
        certificates = List.copyOf(certificates);
        assessments = List.copyOf(assessments);
        employment = List.copyOf(employment);
    }
}
