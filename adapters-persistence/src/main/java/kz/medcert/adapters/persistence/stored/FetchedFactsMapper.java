package kz.medcert.adapters.persistence.stored;

import static kz.medcert.adapters.persistence.stored.DossierMapper.each;

import java.util.Optional;
import kz.medcert.domain.request.FetchedFacts;

/** What the registries returned, to and from the stored form; its records go through {@link DossierRecordMapper}. */
final class FetchedFactsMapper {

    private FetchedFactsMapper() {
    }

    static StoredFacts toStored(FetchedFacts f) {
        return new StoredFacts(each(f.education(), DossierRecordMapper::toStored),
                each(f.postgraduate(), DossierRecordMapper::toStored),
                each(f.certificates(), DossierRecordMapper::toStored), f.nameChangeOnRecord().orElse(null),
                each(f.assessments(), DossierRecordMapper::toStored),
                each(f.employment(), DossierRecordMapper::toStored), f.prohibition().orElse(null),
                f.identityOnRecord().orElse(null));
    }

    static FetchedFacts toDomain(StoredFacts s) {
        return new FetchedFacts(each(s.education(), DossierRecordMapper::toDomain),
                each(s.postgraduate(), DossierRecordMapper::toDomain),
                each(s.certificates(), DossierRecordMapper::toDomain), Optional.ofNullable(s.nameChangeOnRecord()),
                each(s.assessments(), DossierRecordMapper::toDomain),
                each(s.employment(), DossierRecordMapper::toDomain), Optional.ofNullable(s.prohibition()),
                Optional.ofNullable(s.identityOnRecord()));
    }
}
