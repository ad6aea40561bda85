package kz.medcert.adapters.signature;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * GET and POST to the certification authority's services (OCSP responders, CRL distribution points) within a time
 * limit. Every failure (unreachable, too slow, an HTTP error) is a {@link Failed} that names the service and what
 * went wrong in words, never a Java class name.
 */
final class HttpFetch {
    /** The largest answer read: OCSP answers are a few kilobytes; a national CA's CRL can reach megabytes. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    HttpFetch(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    byte[] get(URI uri, String what) throws Failed {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), what);
    }

    byte[] post(URI uri, String contentType, byte[] body, String accept, String what) throws Failed {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", contentType)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), what);
    }

    private byte[] send(HttpRequest request, String what) throws Failed {
        String service = what + " at " + request.uri();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new Failed(service + " answered HTTP " + response.statusCode());
            }
            if (response.body().length > MAX_BYTES) {
                throw new Failed(service + " answered more than " + MAX_BYTES + " bytes");
            }
            return response.body();
        } catch (HttpTimeoutException e) {
            throw new Failed(service + " did not answer within " + timeout);
        } catch (IOException e) {
            throw new Failed(service + " could not be reached"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed(service + ": the check was interrupted");
        }
    }

    /** The service could not be asked, or did not answer usefully. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message, null, false, false);
        }
    }
}
