package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Who the client is, for limits per client: the peer of the connection, unless the peer is one of the configured
 * reverse proxies, whose word is then taken for the address before it (the {@code for=} of {@code Forwarded},
 * RFC 7239, or else {@code X-Forwarded-For}), hop by hop from the nearest, for as long as the hops are trusted
 * proxies. A client that sends these headers itself, past no trusted proxy, changes nothing; behind a trusted proxy
 * it can only add hops to the left of the one the proxy appended, which are never read.
 */
public final class ClientAddresses {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** No proxy is trusted: the client is the peer of the connection. */
    public static ClientAddresses direct() {
        return new ClientAddresses(List.of());
    }

    /**
     * Trusts the proxies at these addresses or CIDR ranges (e.g. {@code 10.0.0.5}, {@code 10.0.0.0/8},
     * {@code fd00::/8}).
     *
     * @throws IllegalArgumentException naming an entry that is neither
     */
    public static ClientAddresses trusting(List<String> proxies) {
        List<Range> ranges = new ArrayList<>();
        for (String proxy : proxies) {
            ranges.add(Range.parse(proxy.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "not an IP address or CIDR range: '" + proxy + "'")));
        }
        return new ClientAddresses(ranges);
    }

    /** The client's address as a key: the peer's, or the one the trusted proxies name. */
    public String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), ctx::header);
    }

    /** As {@link #of(Context)}, for a connection from {@code peer} with these request headers. */
    String of(String peer, UnaryOperator<String> headers) {
        Optional<InetAddress> current = literal(peer);
        if (trusted.isEmpty() || current.isEmpty() || !trusted(current.get())) {
            return current.map(InetAddress::getHostAddress).orElse(peer);
        }
        List<String> hops = forwardedFor(headers);
        for (int i = hops.size() - 1; i >= 0 && trusted(current.get()); i--) {
            Optional<InetAddress> next = literal(hops.get(i));
            if (next.isEmpty()) {
                break; // what a trusted proxy passed on is no address: the proxy is the client we know
            }
            current = next;
        }
        return current.get().getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** The hops the proxies name, the client first: Forwarded's {@code for=}, or else X-Forwarded-For. */
    private static List<String> forwardedFor(UnaryOperator<String> headers) {
        List<String> hops = new ArrayList<>();
        String forwarded = headers.apply("Forwarded");
        if (forwarded != null && !forwarded.isBlank()) {
            for (String element : forwarded.split(",")) {
                for (String pair : element.split(";")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                        hops.add(pair.substring(equals + 1).strip());
                    }
                }
            }
            return hops;
        }
        String xff = headers.apply("X-Forwarded-For");
        if (xff != null) {
            for (String hop : xff.split(",")) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }

    /**
     * A literal IP address (optionally quoted, bracketed, with a port), parsed without any name lookup; empty for
     * anything else (a name, "unknown", an obfuscated identifier, garbage).
     */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            value = close < 0 ? "" : value.substring(1, close);
        } else if (value.indexOf(':') == value.lastIndexOf(':') && value.indexOf(':') > 0) {
            value = value.substring(0, value.indexOf(':')); // IPv4 with a port
        }
        boolean v4 = IPV4.matcher(value).matches();
        if (v4 && java.util.Arrays.stream(value.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)
                || !v4 && !IPV6.matcher(value).matches()) {
            return Optional.empty(); // a malformed IPv4 literal would otherwise be looked up as a name
        }
        try {
            return Optional.of(InetAddress.getByName(value)); // a literal: no lookup
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR range of them. */
    private record Range(byte[] network, int prefix) {
        static Optional<Range> parse(String text) {
            String[] parts = text.split("/", 2);
            Optional<InetAddress> address = literal(parts[0]);
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int prefix = bytes.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(bytes, prefix));
        }

        boolean contains(InetAddress address) {
            byte[] other = address.getAddress();
            if (other.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (other[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (other[full] & mask) == (network[full] & mask);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Range r && prefix == r.prefix && java.util.Arrays.equals(network, r.network);
        }

        @Override
        public int hashCode() {
            return Objects.hash(prefix, java.util.Arrays.hashCode(network));
        }

        @Override
        public String toString() {
            return java.util.HexFormat.of().formatHex(network).toLowerCase(Locale.ROOT) + "/" + prefix;
        }
    }
}
