package kz.medcert.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, one connection per exchange, the bytes exactly as given: what a broken or hostile
 * client sends (a Content-Length that lies, a chunked body, raw bytes in the path, no Host), which
 * {@code java.net.http} refuses to send. Each exchange may come from its own loopback address (127.x.y.z), so that
 * per-address limits (public verification) see many clients, and closed connections do not exhaust the ports of one.
 */
final class RawHttp {
    private static final int READ_TIMEOUT_MILLIS = 20_000;
    private static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    /** How the body is framed on the wire. */
    enum Framing {
        /** {@code Content-Length} of the body (none when there is no body and the method is not POST). */
        LENGTH,
        /** {@code Transfer-Encoding: chunked}, chunks of random sizes. */
        CHUNKED,
        /** A Content-Length larger than the body; the client then stops sending (half-close). */
        LENGTH_TOO_LONG,
        /** A Content-Length smaller than the body; the rest follows as if it were another request. */
        LENGTH_TOO_SHORT,
        /** Both Content-Length and chunked (a request-smuggling pattern). */
        LENGTH_AND_CHUNKED,
        /** Neither: the body, if any, follows the headers unannounced. */
        NONE
    }

    /**
     * One request as sent.
     *
     * @param target  the request-target bytes (raw: may hold anything)
     * @param headers header lines without the framing ones, in order; a line is sent as is (it may be malformed)
     */
    record Request(String method, byte[] target, String version, List<String> headers, byte[] body,
                   Framing framing, int source) {

        /** The bytes on the wire. */
        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, method + " ");
            out.writeBytes(target);
            write(out, " " + version + "\r\n");
            headers.forEach(line -> write(out, line + "\r\n"));
            switch (framing) {
                case LENGTH -> {
                    if (body.length > 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                        write(out, "Content-Length: " + body.length + "\r\n");
                    }
                }
                case CHUNKED -> write(out, "Transfer-Encoding: chunked\r\n");
                case LENGTH_TOO_LONG -> write(out, "Content-Length: " + (body.length + 1 + body.length / 2) + "\r\n");
                case LENGTH_TOO_SHORT -> write(out, "Content-Length: " + body.length / 2 + "\r\n");
                case LENGTH_AND_CHUNKED -> write(out, "Content-Length: " + body.length + "\r\nTransfer-Encoding: "
                        + "chunked\r\n");
                case NONE -> {
                }
            }
            write(out, "Connection: close\r\n\r\n");
            if (framing == Framing.CHUNKED || framing == Framing.LENGTH_AND_CHUNKED) {
                int at = 0;
                int size = 1;
                while (at < body.length) {
                    int n = Math.min(size, body.length - at);
                    write(out, Integer.toHexString(n) + "\r\n");
                    out.write(body, at, n);
                    write(out, "\r\n");
                    at += n;
                    size = size * 3 + 7;
                }
                write(out, "0\r\n\r\n");
            } else {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }

        /** The request as text for a report, long bodies cut, control bytes shown escaped. */
        String describe(int limit) {
            return FuzzValues.printable(bytes(), limit);
        }
    }

    /** A response as read; header names in lower case. */
    record Response(int status, String statusLine, List<String[]> headers, byte[] body) {
        Optional<String> header(String name) {
            return headers.stream().filter(h -> h[0].equals(name.toLowerCase(Locale.ROOT))).map(h -> h[1])
                    .findFirst();
        }

        String contentType() {
            return header("content-type").orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String describe(int limit) {
            StringBuilder head = new StringBuilder(statusLine).append("\n");
            headers.forEach(h -> head.append(h[0]).append(": ").append(h[1]).append("\n"));
            return head + "\n" + FuzzValues.printable(body, limit);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the request and reads the answer; empty when the server closed the connection without one. */
    Optional<Response> exchange(Request request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.bind(new InetSocketAddress(sourceAddress(request.source()), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.bytes());
                out.flush();
                if (request.framing() == Framing.LENGTH_TOO_LONG) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // the server may answer (413, 400) and close before reading everything: read what it said
            }
            return read(socket.getInputStream(), request.method().equals("HEAD"));
        }
    }

    /**
     * 127.0.0.1 for source 0; otherwise a loopback address of its own (Linux routes all of 127/8 to the loopback
     * interface).
     */
    private static InetAddress sourceAddress(int source) throws IOException {
        if (source == 0) {
            return InetAddress.getLoopbackAddress();
        }
        int n = Math.floorMod(source, 250 * 250);
        return InetAddress.getByAddress(new byte[] {127, 1, (byte) (n / 250 + 1), (byte) (n % 250 + 1)});
    }

    private static Optional<Response> read(InputStream raw, boolean head) throws IOException {
        Reader in = new Reader(raw);
        while (true) {
            String statusLine = in.line();
            if (statusLine == null) {
                return Optional.empty();
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP status line: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            List<String[]> headers = new ArrayList<>();
            for (String line = in.line(); line != null && !line.isEmpty(); line = in.line()) {
                int colon = line.indexOf(':');
                headers.add(new String[] {line.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT),
                        colon < 0 ? line : line.substring(colon + 1).strip()});
            }
            if (status >= 100 && status < 200) {
                continue; // 100 Continue: the real answer follows
            }
            Response shell = new Response(status, statusLine, headers, new byte[0]);
            byte[] body;
            if (head || status == 204 || status == 304) {
                body = new byte[0];
            } else if (shell.header("transfer-encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))
                    .orElse(false)) {
                body = in.chunked();
            } else if (shell.header("content-length").isPresent()) {
                body = in.exactly(Integer.parseInt(shell.header("content-length").get()));
            } else {
                body = in.rest();
            }
            return Optional.of(new Response(status, statusLine, headers, body));
        }
    }

    /** Reads lines and bodies from the socket, within {@link #MAX_RESPONSE_BYTES}. */
    private static final class Reader {
        private final InputStream in;
        private int total;

        Reader(InputStream in) {
            this.in = in;
        }

        String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = next()) != -1 && b != '\n') {
                if (b != '\r') {
                    line.write(b);
                }
            }
            return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
        }

        byte[] exactly(int n) throws IOException {
            byte[] bytes = in.readNBytes(n);
            count(bytes.length);
            return bytes;
        }

        byte[] chunked() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                if (size == null) {
                    return body.toByteArray();
                }
                int n = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
                if (n == 0) {
                    while (true) {
                        String trailer = line();
                        if (trailer == null || trailer.isEmpty()) {
                            return body.toByteArray();
                        }
                    }
                }
                body.writeBytes(exactly(n));
                line();
            }
        }

        byte[] rest() throws IOException {
            byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES - total);
            count(bytes.length);
            return bytes;
        }

        private int next() throws IOException {
            int b = in.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        private void count(int n) throws IOException {
            total += n;
            if (total > MAX_RESPONSE_BYTES) {
                throw new IOException("response longer than " + MAX_RESPONSE_BYTES + " bytes");
            }
        }
    }
}
