package kz.medcert.application.port.out;

/**
 * How a consent code is kept: as a keyed hash (HMAC-SHA256 under a key kept outside the database), bound to its
 * challenge's reference, so that the same code sent twice hashes differently and the stored hash gives the code away
 * to nobody without the key.
 */
public interface ConsentCodeHashes {

    /** Lowercase hex keyed hash of {@code code} as sent for the challenge {@code reference}. */
    String hash(String reference, String code);
}
