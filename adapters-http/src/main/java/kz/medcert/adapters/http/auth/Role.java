package kz.medcert.adapters.http.auth;

import io.javalin.security.RouteRole;
import java.util.Optional;
import kz.medcert.domain.access.Actor;

/** The role a bearer token grants, as its {@code role} claim names it; routes list the roles they admit. */
public enum Role implements RouteRole {
    /** A healthcare specialist; the token's subject is their IIN. */
    APPLICANT,
    /** An officer of one territorial department; the token names the department. */
    OFFICER,
    /** An administrator of the service. */
    ADMIN;

    /** The role of an actor; the service itself ({@link Actor.Automated}) holds none. */
    public static Optional<Role> of(Actor actor) {
        if (actor instanceof Actor.Applicant) {
            return Optional.of(APPLICANT);
        }
        if (actor instanceof Actor.Officer) {
            return Optional.of(OFFICER);
        }
        if (actor instanceof Actor.Admin) {
            return Optional.of(ADMIN);
        }
        return Optional.empty();
    }
}
