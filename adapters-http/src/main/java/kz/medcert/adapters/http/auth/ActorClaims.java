package kz.medcert.adapters.http.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;

/**
 * Who a token names: {@code sub} (the IIN of an APPLICANT, the id of an OFFICER or ADMIN), {@code role}, and for an
 * OFFICER {@code department} (a region code, R71).
 */
final class ActorClaims {
    static final String ROLE = "role";
    static final String DEPARTMENT = "department";
    /** Officer and administrator ids go into audit labels and logs: plain identifiers only. */
    private static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private ActorClaims() {
    }

    static Actor actor(JWTClaimsSet claims) {
        String subject = claims.getSubject();
        if (subject == null || subject.isEmpty()) {
            throw new InvalidTokenException("no sub claim");
        }
        Role role = role(text(claims, ROLE));
        switch (role) {
            case APPLICANT:
                Optional<String> error = Iin.validationError(subject);
                if (error.isPresent() || !subject.equals(subject.strip())) {
                    throw new InvalidTokenException("sub of an APPLICANT is not an IIN: " + error.orElse("spaces"));
                }
                return new Actor.Applicant(Iin.parse(subject));
            case OFFICER:
                return new Actor.Officer(staffId(subject), department(text(claims, DEPARTMENT)));
            case ADMIN:
                return new Actor.Admin(staffId(subject));
            default:
                throw new InvalidTokenException("unknown role " + role);
        }
    }

    /** The claims that name {@code actor}, without the time, issuer and audience claims. */
    static JWTClaimsSet.Builder claimsOf(Actor actor) {
        Role role = Role.of(actor).orElseThrow(() -> new IllegalArgumentException(
                "the service itself holds no token: " + actor.auditLabel()));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().claim(ROLE, role.name());
        if (actor instanceof Actor.Applicant applicant) {
            return claims.subject(applicant.iin().value());
        }
        if (actor instanceof Actor.Officer officer) {
            return claims.subject(mintableId(officer.officerId())).claim(DEPARTMENT, officer.department().code());
        }
        return claims.subject(mintableId(((Actor.Admin) actor).adminId()));
    }

    /** A staff id a token may carry; a token that the verifier would refuse is not made at all. */
    private static String mintableId(String value) {
        if (!STAFF_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("an officer or administrator id is 1 to 64 letters, digits, '.', '_' "
                    + "or '-', starting with a letter or digit");
        }
        return value;
    }

    private static String text(JWTClaimsSet claims, String name) {
        try {
            String value = claims.getStringClaim(name);
            if (value == null || value.isEmpty()) {
                throw new InvalidTokenException("no " + name + " claim");
            }
            return value;
        } catch (ParseException e) {
            throw new InvalidTokenException(name + " claim is not a string");
        }
    }

    private static Role role(String value) {
        for (Role role : Role.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        throw new InvalidTokenException("unknown role claim");
    }

    private static Department department(String code) {
        for (Region region : Region.values()) {
            if (region.name().equals(code)) {
                return Department.of(region);
            }
        }
        throw new InvalidTokenException("unknown department claim");
    }

    private static String staffId(String value) {
        if (!STAFF_ID.matcher(value).matches()) {
            throw new InvalidTokenException("sub is not a plain identifier (letters, digits, '.', '_', '-')");
        }
        return value;
    }
}
