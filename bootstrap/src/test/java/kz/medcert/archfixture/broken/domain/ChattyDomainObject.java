package kz.medcert.archfixture.broken.domain;

/** Breaks coreDoesNotWriteToStandardStreams in the domain. */
public final class ChattyDomainObject {
    public void decide() {
        System.out.println("decided");
    }
}
