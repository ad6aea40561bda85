package kz.medcert.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The service's secret key, read from a file outside the database (MEDCERT_KEY_FILE), and the keys derived from it
 * for each use (HMAC-SHA256 of the key over the use's name), so that no two uses share a key. A reader of the database
 * alone can neither recompute the audit chain nor recover a consent code from its hash. Every instance of one service
 * must be given the same file; a changed key makes the entries sealed with the old one unverifiable.
 *
 * <p>In demo mode without MEDCERT_KEY_FILE, the key is {@value #DEMO_FILE} in the data directory, made with
 * {@link SecureRandom} on the first start (readable by the owner only) and kept: the README's one start command needs
 * no key. Outside demo mode the configuration requires the file (see {@link AppConfig}).
 */
public final class ServiceKeys {
    static final String DEMO_FILE = "service.key";
    static final int MIN_BYTES = 32;

    private final byte[] key;
    private final Path source;

    private ServiceKeys(byte[] key, Path source) {
        this.key = key;
        this.source = source;
    }

    /** The configured key file, or in demo mode the data directory's, made now if it is not there yet. */
    public static ServiceKeys load(AppConfig config) {
        Path file = config.keyFile().orElseGet(() -> config.dataDir().resolve(DEMO_FILE));
        if (config.keyFile().isEmpty()) {
            if (!config.demo()) {
                throw new IllegalStateException("MEDCERT_KEY_FILE is required outside demo mode");
            }
            createIfAbsent(file);
        }
        return read(file);
    }

    static ServiceKeys read(Path file) {
        byte[] key;
        try {
            key = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("the service key " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("the service key " + file + " has " + key.length + " bytes; at least "
                    + MIN_BYTES + " random bytes are needed");
        }
        return new ServiceKeys(key, file);
    }

    private static void createIfAbsent(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(key);
            Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), DEMO_FILE, ".new");
            try {
                restrictToOwner(fresh);
                Files.write(fresh, key);
                publish(file, fresh);
            } finally {
                Files.deleteIfExists(fresh);
            }
        } catch (FileAlreadyExistsException e) {
            // made before, or by another start just now: read it
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the demo service key " + file, e);
        }
    }

    // A link is atomic: of two starts at once, one key wins and both read it.
    private static void publish(Path file, Path fresh) throws IOException {
        try {
            Files.createLink(file, fresh);
        } catch (UnsupportedOperationException e) {
            Files.move(fresh, file);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's permissions are all there is
        }
    }

    /** The key of the audit chain's HMAC (see kz.medcert.adapters.persistence.HmacAuditKey). */
    public byte[] auditChain() {
        return derive("medcert audit chain v1");
    }

    /** The key of the consent codes' HMAC. */
    public byte[] consentCodes() {
        return derive("medcert consent codes v1");
    }

    /** Where the key was read from, for the start-up log (never the key). */
    public Path source() {
        return source;
    }

    private byte[] derive(String use) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(use.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is required of every JVM", e);
        }
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "ServiceKeys[" + source + "]";
    }
}
