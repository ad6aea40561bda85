package kz.medcert.adapters.web;

/** Nothing here, or nothing the signed-in actor may see: the same 404 page either way. */
public final class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what);
    }
}
