package kz.medcert.archfixture.broken.application.service;

/** Breaks coreDoesNotWriteToStandardStreams in the application. */
public final class ChattyService {
    public void fail() {
        System.err.println("failed");
    }
}
