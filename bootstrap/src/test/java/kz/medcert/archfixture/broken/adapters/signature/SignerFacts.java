package kz.medcert.archfixture.broken.adapters.signature;

/** A legitimate signature-adapter class; SignatureAwareRegistry reaches it from another adapter. */
public record SignerFacts(String subject) {
}
