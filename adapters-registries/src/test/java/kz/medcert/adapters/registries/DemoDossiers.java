package kz.medcert.adapters.registries;

import kz.medcert.application.port.out.EducationRegistry.EducationFound;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Assembles a demo person's dossier as the service does: consent as the person's scenario answers it, then the
 * registries asked for the category (nothing without consent, R60), then the declared facts.
 */
final class DemoDossiers {
    private final StubEducationRegistry education;
    private final StubCertificateRegistry certificates;
    private final StubNameChangeRegistry nameChanges;
    private final StubAssessmentRegistry assessments;
    private final StubEmploymentRegistry employment;
    private final StubProhibitionRegistry prohibitions;
    private final StubIdentityRegistry identity;

    DemoDossiers(DemoPersons persons) {
        RegistryBehaviours normal = RegistryBehaviours.none();
        education = new StubEducationRegistry(persons, normal);
        certificates = new StubCertificateRegistry(persons, normal);
        nameChanges = new StubNameChangeRegistry(persons, normal);
        assessments = new StubAssessmentRegistry(persons, normal);
        employment = new StubEmploymentRegistry(persons, normal);
        prohibitions = new StubProhibitionRegistry(persons, normal);
        identity = new StubIdentityRegistry(persons, normal);
    }

    Dossier dossierOf(DemoPerson person) {
        DemoScenario scenario = person.scenario();
        boolean consentGiven = scenario.consent();
        DossierBuilder builder = scenario.dossierBuilder()
                .citizenship(person.citizenship())
                .consentGiven(consentGiven)
                .prohibition(Prohibition.NO_DATA); // R68: nothing fetched reads as "no data"
        if (consentGiven) {
            for (StateRegistry registry : StateRegistry.askedFor(scenario.category())) {
                fetch(registry, person.iin(), scenario.target(), builder);
            }
        }
        scenario.declared().addTo(builder);
        return builder.build();
    }

    private void fetch(StateRegistry registry, Iin iin, SpecialtyCode target, DossierBuilder builder) {
        switch (registry) {
            case EDUCATION -> {
                EducationFound found = education.educationOf(iin);
                found.education().forEach(builder::education);
                found.postgraduate().forEach(builder::postgraduate);
            }
            case CERTIFICATES -> certificates.certificatesOf(iin).forEach(builder::certificate);
            case NAME_CHANGES -> builder.nameChangeInRegistry(nameChanges.holdsNameChange(iin));
            case ASSESSMENTS -> assessments.assessmentsOf(iin).forEach(builder::assessment);
            case EMPLOYMENT -> employment.employmentOf(iin).forEach(builder::employment);
            case PROHIBITIONS -> builder.prohibition(prohibitions.prohibitionOf(iin, target));
            case IDENTITY -> builder.identityInRegistry(identity.personOf(iin).isPresent());
            default -> throw new IllegalStateException("unknown registry " + registry);
        }
    }
}
