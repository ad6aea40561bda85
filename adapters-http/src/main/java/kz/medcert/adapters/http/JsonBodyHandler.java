package kz.medcert.adapters.http;

import io.javalin.http.Context;

/** Handles a request whose JSON body has already been checked and read into {@code T}. */
@FunctionalInterface
public interface JsonBodyHandler<T> {

    void handle(Context ctx, T body) throws Exception;
}
