package kz.medcert.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Appending to the audit chain: sequence, link and hash, over an encoding in which no field can leak into another. */
class AuditChainTest {
    static final RequestId REQUEST = RequestId.parse("0b7c6f1e-3a52-4d8e-9f10-2c4a5b6d7e8f");
    static final Instant AT = Instant.parse("2024-12-02T04:00:10.123456Z");

    // Computed independently: python3 -c 'import hashlib,struct; f=["1","0b7c…","2024-12-02T04:00:10.123456Z",
    // "SYSTEM","STARTED","DOMESTIC PEDIATRICS","0"*64]; print(hashlib.sha256(b"medcert-audit-entry/1"+b"".join(
    // struct.pack(">I",len(x.encode()))+x.encode() for x in f)).hexdigest())'
    private static final String GOLDEN_HASH = "e01fd4309f3c4cb4cec8e2dbd3247c2ecb6ab153f8116362800422da0bcd5f74";

    static AuditedStep step(String actor, String event, String detail) {
        return new AuditedStep(REQUEST, AT, actor, event, detail);
    }

    @Test
    void append_toAnEmptyChain_givesEntry1_linkedTo64Zeros() {
        AuditedStep step = step("APPLICANT 8504******18", "CONSENT_REQUESTED", "SMS OTP-77120");

        AuditEntry first = AuditChain.append(ChainHead.EMPTY, step);

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo("0".repeat(64)).isEqualTo(AuditChain.GENESIS_HASH);
        assertThat(first.hash()).matches("[0-9a-f]{64}");
        assertThat(first.step()).isEqualTo(step);
        assertThat(first.sealed()).isTrue();
    }

    @Test
    void hash_isStable_acrossBuilds() {
        // A changed value means stored chains no longer verify: change the encoding's tag, never silently.
        AuditEntry first = AuditChain.append(ChainHead.EMPTY, step("SYSTEM", "STARTED", "DOMESTIC PEDIATRICS"));

        assertThat(first.hash()).isEqualTo(GOLDEN_HASH);
    }

    @Test
    void append_linksEachEntryToTheOneBefore() {
        AuditEntry first = AuditChain.append(ChainHead.EMPTY, step("SYSTEM", "STARTED", "x"));

        AuditEntry second = AuditChain.append(first, step("SYSTEM", "FETCHED", "EDUCATION"));

        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isNotEqualTo(first.hash());
    }

    @Test
    void appendAll_chainsTheStepsInOrder_fromTheGivenHead() {
        ChainHead head = AuditChain.append(ChainHead.EMPTY, step("SYSTEM", "STARTED", "x")).head();

        List<AuditEntry> entries = AuditChain.appendAll(head, List.of(step("SYSTEM", "A", ""),
                step("SYSTEM", "B", "")));

        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(2L, 3L);
        assertThat(entries.get(0).previousHash()).isEqualTo(head.hash());
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textMovedAcrossAFieldBoundary")
    void hash_differs_whenTextMovesFromOneFieldToTheNext(String name, AuditedStep one, AuditedStep other) {
        AuditEntry a = AuditChain.append(ChainHead.EMPTY, one);

        AuditEntry b = AuditChain.append(ChainHead.EMPTY, other);

        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    static Stream<Arguments> textMovedAcrossAFieldBoundary() {
        return Stream.of(
                Arguments.of("actor|event", step("OFFICER 7", "ALMATY_CITY", "d"),
                        step("OFFICER", "7ALMATY_CITY", "d")),
                Arguments.of("event|detail", step("SYSTEM", "FETCHED", "EDUCATION"),
                        step("SYSTEM", "FETCHEDEDUCATION", "")),
                Arguments.of("empty field", step("", "ab", "c"), step("a", "b", "c")),
                Arguments.of("separator-like text", step("A|", "B", "C"), step("A", "|B", "C")),
                Arguments.of("line breaks", step("A\n", "B", "C"), step("A", "\nB", "C")),
                Arguments.of("length-like text", step("\u0001\u0002", "", "x"), step("", "\u0001\u0002x", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldChanged")
    void hash_coversEveryField(String field, UnaryOperator<AuditEntry> change) {
        AuditEntry entry = AuditChain.append(new ChainHead(41, "a".repeat(64)), step("SYSTEM", "FETCHED", "EDUCATION"));

        AuditEntry changed = change.apply(entry);

        assertThat(AuditChain.hashOf(changed)).isNotEqualTo(entry.hash());
        assertThat(changed.sealed()).isFalse();
    }

    static Stream<Arguments> oneFieldChanged() {
        return Stream.of(
                Arguments.of("sequence", (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.sequence() + 1,
                        e.requestId(), e.at(), e.actor(), e.event(), e.detail(), e.previousHash(), e.hash())),
                Arguments.of("request id", (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.sequence(),
                        new RequestId(UUID.randomUUID()), e.at(), e.actor(), e.event(), e.detail(), e.previousHash(),
                        e.hash())),
                Arguments.of("time", (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.sequence(), e.requestId(),
                        e.at().plusNanos(1_000), e.actor(), e.event(), e.detail(), e.previousHash(), e.hash())),
                Arguments.of("actor", (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.sequence(), e.requestId(),
                        e.at(), "ADMIN 1", e.event(), e.detail(), e.previousHash(), e.hash())),
                Arguments.of("event", (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.sequence(), e.requestId(),
                        e.at(), e.actor(), "FETCH_FAILED", e.detail(), e.previousHash(), e.hash())),
                Arguments.of("detail", (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.sequence(), e.requestId(),
                        e.at(), e.actor(), e.event(), "EDUCATIO", e.previousHash(), e.hash())),
                Arguments.of("previous hash", (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.sequence(),
                        e.requestId(), e.at(), e.actor(), e.event(), e.detail(), "b".repeat(64), e.hash())));
    }

    @Test
    void encoding_writesTheTimeInUtc_withMicroseconds() {
        assertThat(AuditChain.utc(Instant.parse("2024-12-02T04:00:00Z"))).isEqualTo("2024-12-02T04:00:00.000000Z");
        assertThat(AuditChain.utc(AT)).isEqualTo("2024-12-02T04:00:10.123456Z");
    }

    @Test
    void step_keepsTheTimeToTheMicrosecond_soThatAStoredEntryHashesAsAppended() {
        Instant nanos = Instant.parse("2024-12-02T04:00:00.123456789Z");

        AuditedStep step = new AuditedStep(REQUEST, nanos, "SYSTEM", "STARTED", "x");

        assertThat(step.at()).isEqualTo(Instant.parse("2024-12-02T04:00:00.123456Z"));
    }

    @Test
    void step_keepsTextThatEveryDatabaseStoresExactly() {
        AuditedStep step = step("OFFICER \u0000 7", "FETCHED",
                "lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00, Қ");

        assertThat(step.actor()).isEqualTo("OFFICER \uFFFD 7");
        assertThat(step.detail()).isEqualTo("lone \uFFFD high, lone \uFFFD low, pair \uD83D\uDE00, Қ");
        assertThat(step.event()).isSameAs("FETCHED");
    }

    @Test
    void step_ofAHistoryEntry_carriesItsActorEventAndDetail() {
        HistoryEntry entry = new HistoryEntry(AT, "CONSENT_REQUESTED", "SMS OTP-77120", "APPLICANT 8504******18");

        AuditedStep step = AuditedStep.of(REQUEST, entry);

        assertThat(step).isEqualTo(step("APPLICANT 8504******18", "CONSENT_REQUESTED", "SMS OTP-77120"));
    }
}
