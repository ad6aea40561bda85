package kz.medcert.adapters.http.auth;

/** An authenticated actor called a route that their role does not admit (e.g. an officer starting a request): 403. */
public final class WrongRoleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String role;

    WrongRoleException(String role) {
        super("This operation is not open to the role " + role + ".", null, false, false);
        this.role = role;
    }

    /** The caller's role, as tokens name it ({@code APPLICANT}, …; {@code SYSTEM} for the service itself). */
    public String role() {
        return role;
    }
}
