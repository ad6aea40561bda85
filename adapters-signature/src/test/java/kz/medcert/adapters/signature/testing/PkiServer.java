package kz.medcert.adapters.signature.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The certification authority's online services for a test, on a loopback port: an OCSP responder at {@code /ocsp}
 * (answers built with BouncyCastle's OCSP builders, signed by the authority or a responder it delegated) and a CRL
 * distribution point at {@code /crl}. A test revokes certificates, makes the responder misbehave, or stops it and
 * starts it again on the same port, as a real responder goes down and comes back.
 */
public final class PkiServer implements AutoCloseable {

    /** How the responder answers. */
    public enum Mode {
        /** Signed OCSP answers from the authority itself. */
        ANSWERING,
        /** Signed by a responder certificate the authority issued for OCSP signing, carried in the answer. */
        DELEGATED,
        /** HTTP 500. */
        HTTP_ERROR,
        /** The OCSP status tryLater, unsigned. */
        TRY_LATER,
        /** HTTP 200 with bytes that are no OCSP response. */
        GARBAGE,
        /** A well-formed answer signed by a key the authority never vouched for. */
        SIGNED_BY_STRANGER,
        /** "Unknown" for every certificate. */
        UNKNOWN,
        /** Accepts the request and answers only after three seconds. */
        SILENT
    }

    private final TestCa authority;
    private final Clock clock;
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    private final AtomicInteger ocspRequests = new AtomicInteger();
    private final TestSigner delegate;
    private final TestSigner stranger;
    private volatile Mode mode = Mode.ANSWERING;
    private volatile byte[] crl = new byte[0];
    private final int port;
    private HttpServer server;

    private PkiServer(TestCa authority, Clock clock) {
        this.authority = authority;
        this.clock = clock;
        Instant now = clock.instant();
        this.delegate = authority.ocspResponder(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
        this.stranger = TestCa.root("Stranger", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)))
                .ocspResponder(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
        this.server = bind(0);
        this.port = server.getAddress().getPort();
    }

    /** The services of {@code authority}, answering as of {@code clock}, started. */
    public static PkiServer start(TestCa authority, Clock clock) {
        return new PkiServer(authority, clock);
    }

    public URI ocspUrl() {
        return URI.create("http://127.0.0.1:" + port + "/ocsp");
    }

    public URI crlUrl() {
        return URI.create("http://127.0.0.1:" + port + "/crl");
    }

    /** The responder answers that the certificate was revoked at {@code at}. */
    public void revoke(BigInteger serial, Instant at) {
        revoked.put(serial, at);
    }

    public void mode(Mode newMode) {
        this.mode = newMode;
    }

    /** The CRL the distribution point serves (DER). */
    public void serve(X509CRL list) {
        try {
            this.crl = list.getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many OCSP requests reached the responder. */
    public int ocspRequests() {
        return ocspRequests.get();
    }

    /** Stops answering: connections to the port are refused. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Answers again, on the same port. */
    public synchronized void restart() {
        if (server == null) {
            server = bind(port);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private HttpServer bind(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            created.createContext("/ocsp", this::ocsp);
            created.createContext("/crl", exchange -> answer(exchange, 200, "application/pkix-crl", crl));
            created.setExecutor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "test-pki-server");
                thread.setDaemon(true);
                return thread;
            }));
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ocsp(HttpExchange exchange) throws IOException {
        ocspRequests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Mode current = mode;
        try {
            switch (current) {
                case HTTP_ERROR -> answer(exchange, 500, "text/plain", "responder failure".getBytes(
                        StandardCharsets.US_ASCII));
                case SILENT -> {
                    Thread.sleep(3000);
                    answer(exchange, 200, "application/ocsp-response", response(new OCSPReq(body), current));
                }
                case GARBAGE -> answer(exchange, 200, "application/ocsp-response", "<html>maintenance</html>"
                        .getBytes(StandardCharsets.US_ASCII));
                case TRY_LATER -> answer(exchange, 200, "application/ocsp-response",
                        new OCSPRespBuilder().build(OCSPRespBuilder.TRY_LATER, null).getEncoded());
                default -> answer(exchange, 200, "application/ocsp-response", response(new OCSPReq(body), current));
            }
        } catch (Exception e) {
            answer(exchange, 500, "text/plain", e.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private byte[] response(OCSPReq request, Mode current) throws Exception {
        TestSigner signedBy = current == Mode.DELEGATED ? delegate : current == Mode.SIGNED_BY_STRANGER ? stranger
                : null;
        PrivateKey key = signedBy == null ? authority.privateKey() : signedBy.key();
        JcaBasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(
                signedBy == null ? authority.publicKey() : signedBy.certificate().getPublicKey(),
                new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1));
        Instant now = clock.instant();
        for (Req single : request.getRequestList()) {
            CertificateID id = single.getCertID();
            builder.addResponse(id, status(id.getSerialNumber(), current), Date.from(now.minusSeconds(60)),
                    Date.from(now.plus(Duration.ofHours(1))), null);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        X509CertificateHolder[] carried = signedBy == null ? null
                : new X509CertificateHolder[] {new JcaX509CertificateHolder(signedBy.certificate())};
        BasicOCSPResp basic = builder.build(TestCa.signer(key), carried, Date.from(now));
        OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
        return response.getEncoded();
    }

    private CertificateStatus status(BigInteger serial, Mode current) {
        if (current == Mode.UNKNOWN) {
            return new UnknownStatus();
        }
        Instant at = revoked.get(serial);
        return at == null ? CertificateStatus.GOOD : new RevokedStatus(Date.from(at), CRLReason.keyCompromise);
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
