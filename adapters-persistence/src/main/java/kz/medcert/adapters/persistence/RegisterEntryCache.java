package kz.medcert.adapters.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Register entries kept in this instance's memory, so that a public verification need not ask the database each time.
 * Carried in the Jdbi configuration, so that every writer of the register reaches it: each transaction that issues,
 * supersedes or revokes an entry names its numbers ({@link #changed}), and they are dropped right after its commit,
 * before the writer's answer, and, on PostgreSQL, announced to the other instances by {@code NOTIFY} in the same
 * transaction (delivered at commit; {@link RegisterChangeListener} drops them there). Off unless the database turns it
 * on ({@link Database#cacheRegisterEntries}); while it is off, and while the listener is not listening, every read goes
 * to the database.
 *
 * <p>Only entries found are kept: an entry appears only by an insert, whose number is dropped as well. A read racing a
 * write cannot put back what the write replaced: every drop moves a generation, and a read that saw the generation
 * move while it read drops what it put. Entries expire {@link #TIME_TO_LIVE} after they were read, which bounds how
 * long a change made outside the service (SQL by hand) goes unseen.
 */
public final class RegisterEntryCache implements JdbiConfig<RegisterEntryCache> {
    /** The channel of the PostgreSQL notifications; the payload is one number, or {@value #EVERYTHING}. */
    static final String CHANNEL = "medcert_register";
    /** The payload that drops every entry (an import of many at once). */
    static final String EVERYTHING = "*";
    static final long MAXIMUM_ENTRIES = 10_000;
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);
    private static final int NOTIFY_ONE_BY_ONE = 100;

    private Shared shared;
    private Vendor vendor;

    public RegisterEntryCache() {
    }

    private RegisterEntryCache(RegisterEntryCache other) {
        this.shared = other.shared;
        this.vendor = other.vendor;
    }

    @Override
    public RegisterEntryCache createCopy() {
        return new RegisterEntryCache(this);
    }

    /** The database this configuration writes to: on PostgreSQL, changes are announced whether or not it caches. */
    void vendor(Vendor value) {
        vendor = value;
    }

    /** Keeps entries from now on; {@code listening} false leaves it suspended until {@link #resume}. */
    void enable(boolean active) {
        if (shared == null) {
            shared = new Shared();
        }
        if (active) {
            shared.resume();
        }
    }

    /**
     * The entry with this number: from memory, or {@code load}ed from the database (and then kept, if found and if
     * nothing changed in the register while it was read).
     */
    Optional<IssuedCertificate> find(CertificateNumber number, Supplier<Optional<IssuedCertificate>> load) {
        Shared cache = shared;
        return cache == null ? load.get() : cache.find(number.value(), load);
    }

    /**
     * Names, inside the writing transaction, the entries it adds or changes: dropped from this instance's memory once
     * the transaction commits, and announced to the other instances on PostgreSQL (NOTIFY is delivered at commit,
     * and not at all on rollback).
     */
    static void changed(Handle h, Collection<CertificateNumber> numbers) {
        if (numbers.isEmpty()) {
            return;
        }
        RegisterEntryCache config = h.getConfig(RegisterEntryCache.class);
        List<String> values = numbers.stream().map(CertificateNumber::value).distinct().toList();
        if (config.vendor == Vendor.POSTGRESQL) {
            List<String> payloads = values.size() > NOTIFY_ONE_BY_ONE ? List.of(EVERYTHING) : values;
            h.createQuery("SELECT COUNT(pg_notify('" + CHANNEL + "', p)) FROM unnest(ARRAY[<payloads>]) AS t(p)")
                    .bindList("payloads", payloads).mapTo(Long.class).one();
        }
        Shared cache = config.shared;
        if (cache != null) {
            h.afterCommit(() -> cache.drop(values));
        }
    }

    /** What another instance announced: one number, or {@value #EVERYTHING}. */
    void announced(String payload) {
        Shared cache = shared;
        if (cache == null) {
            return;
        }
        if (EVERYTHING.equals(payload)) {
            cache.dropAll();
        } else {
            cache.drop(List.of(payload));
        }
    }

    /** Stops using memory (the announcements may be missed): every read goes to the database until resumed. */
    void suspend() {
        Shared cache = shared;
        if (cache != null) {
            cache.suspend();
        }
    }

    /** Uses memory again, starting empty (what was announced while suspended is unknown). */
    void resume() {
        Shared cache = shared;
        if (cache != null) {
            cache.resume();
        }
    }

    /** Whether reads are answered from memory now; for tests and /health-like checks. */
    boolean active() {
        Shared cache = shared;
        return cache != null && cache.active;
    }

    /** Forgets every entry; for tests that empty the register with SQL. */
    void clear() {
        Shared cache = shared;
        if (cache != null) {
            cache.dropAll();
        }
    }

    /** One per database, shared by every copy of the configuration. */
    private static final class Shared {
        private final Cache<String, IssuedCertificate> entries = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_ENTRIES)
                .expireAfterWrite(TIME_TO_LIVE)
                .executor(Runnable::run) // its upkeep on the caller's thread: no pool's thread is borrowed
                .build();
        private final AtomicLong generation = new AtomicLong();
        private volatile boolean active;

        Optional<IssuedCertificate> find(String number, Supplier<Optional<IssuedCertificate>> load) {
            if (!active) {
                return load.get();
            }
            IssuedCertificate kept = entries.getIfPresent(number);
            if (kept != null) {
                return Optional.of(kept);
            }
            long seen = generation.get();
            Optional<IssuedCertificate> loaded = load.get();
            if (loaded.isPresent() && active) {
                entries.put(number, loaded.get());
                // a drop since the read began may have come before this put: what was read may be older than it
                if (generation.get() != seen || !active) {
                    entries.invalidate(number);
                }
            }
            return loaded;
        }

        void drop(Collection<String> numbers) {
            generation.incrementAndGet();
            entries.invalidateAll(numbers);
        }

        void dropAll() {
            generation.incrementAndGet();
            entries.invalidateAll();
        }

        void suspend() {
            active = false;
            dropAll();
        }

        void resume() {
            dropAll();
            active = true;
        }
    }
}
