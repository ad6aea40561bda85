package kz.medcert.adapters.web.signin;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;

/**
 * Who an ID token names, by the same claims as the API's bearer tokens: {@code role} ({@code APPLICANT},
 * {@code OFFICER}, {@code ADMIN}), {@code sub} (the IIN of an applicant, the staff id of an officer or administrator)
 * and for an officer {@code department} (a region code, R71). Anything else is no one.
 */
final class OidcClaims {
    static final String ROLE = "role";
    static final String DEPARTMENT = "department";
    private static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private OidcClaims() {
    }

    static Optional<Actor> actor(String subject, String role, String department) {
        if (subject == null || role == null) {
            return Optional.empty();
        }
        return switch (role) {
            case "APPLICANT" -> Iin.validationError(subject).isEmpty()
                    ? Optional.of(new Actor.Applicant(Iin.parse(subject))) : Optional.empty();
            case "OFFICER" -> STAFF_ID.matcher(subject).matches()
                    ? region(department).map(r -> new Actor.Officer(subject, Department.of(r))) : Optional.empty();
            case "ADMIN" -> STAFF_ID.matcher(subject).matches()
                    ? Optional.of(new Actor.Admin(subject)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<Region> region(String code) {
        return Arrays.stream(Region.values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
