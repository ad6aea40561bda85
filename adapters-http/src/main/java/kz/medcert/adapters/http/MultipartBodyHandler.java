package kz.medcert.adapters.http;

import io.javalin.http.Context;

/** Handles a {@code multipart/form-data} request whose parts have already been checked for size and read. */
@FunctionalInterface
public interface MultipartBodyHandler {

    void handle(Context ctx, MultipartForm form) throws Exception;
}
