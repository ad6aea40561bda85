package kz.medcert.application.port.in.reference;

import java.util.List;
import java.util.Objects;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.LocalizedText;

/**
 * Who may be signed in as in demo mode: the demo persons the stub registries know, an officer of each territorial
 * department and an administrator. A web front lists them on its demo sign-in page; nothing here is a credential, and
 * outside demo mode no front offers it.
 */
public interface DemoAccountsUseCase {

    DemoAccounts accounts();

    /** The demo persons (in the order of the demo data), one officer per department (R71), the administrator. */
    record DemoAccounts(List<DemoApplicant> applicants, List<Actor.Officer> officers, Actor.Admin administrator) {
        public DemoAccounts {
            applicants = List.copyOf(applicants);
            officers = List.copyOf(officers);
            Objects.requireNonNull(administrator, "administrator");
        }
    }

    /**
     * A demo person: the label of the demo data ({@code P01}…), IIN, name, region of residence and what their
     * scenario shows (a short text in each language).
     */
    record DemoApplicant(String label, Iin iin, PersonName name, Region region, LocalizedText scenario) {
        public DemoApplicant {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(iin, "iin");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(scenario, "scenario");
        }

        public Actor.Applicant actor() {
            return new Actor.Applicant(iin);
        }
    }

    /** The demo officer of a department: {@code OFF-<department code>}. */
    static Actor.Officer officerOf(Department department) {
        return new Actor.Officer("OFF-" + department.code(), department);
    }
}
