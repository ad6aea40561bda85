package kz.medcert.domain.access;

import java.util.Objects;
import kz.medcert.domain.person.Iin;

/** Who acts: an applicant (by IIN), an officer of a territorial department, an administrator, or the system itself. */
public sealed interface Actor {

    /** A stable, non-personal label for audit trails: the IIN is masked. */
    String auditLabel();

    /** A healthcare specialist acting on their own requests and certificates. */
    record Applicant(Iin iin) implements Actor {
        public Applicant {
            Objects.requireNonNull(iin, "iin");
        }

        @Override
        public String auditLabel() {
            return "APPLICANT " + iin.masked();
        }
    }

    /** An officer deciding for one territorial department (R71). */
    record Officer(String officerId, Department department) implements Actor {
        public Officer {
            Objects.requireNonNull(officerId, "officerId");
            Objects.requireNonNull(department, "department");
        }

        @Override
        public String auditLabel() {
            return "OFFICER " + officerId + " " + department.code();
        }
    }

    /** An administrator of the service. */
    record Admin(String adminId) implements Actor {
        public Admin {
            Objects.requireNonNull(adminId, "adminId");
        }

        @Override
        public String auditLabel() {
            return "ADMIN " + adminId;
        }
    }

    /** The service itself, e.g. the registry retry worker or automatic confirmation (R74). */
    record Automated(String process) implements Actor {
        public Automated {
            Objects.requireNonNull(process, "process");
        }

        @Override
        public String auditLabel() {
            return "SYSTEM " + process;
        }
    }
}
