package kz.medcert.adapters.web;

import kz.medcert.domain.access.Actor;

/** Who may open a page: anyone, or a signed-in actor of one role (the same roles as the API's tokens). */
public enum Access {
    ANYONE, APPLICANT, OFFICER, ADMIN, SIGNED_IN;

    boolean admits(Actor actor) {
        return switch (this) {
            case ANYONE, SIGNED_IN -> true;
            case APPLICANT -> actor instanceof Actor.Applicant;
            case OFFICER -> actor instanceof Actor.Officer;
            case ADMIN -> actor instanceof Actor.Admin;
        };
    }
}
