package kz.medcert.bootstrap;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;

/**
 * {@code medcert-service.jar token applicant <IIN> | officer <officerId> <DEPARTMENT> | admin <adminId>}: prints a
 * development token valid 12 hours, signed with the configured shared secret, and nothing else on standard output
 * (so that {@code TOKEN=$(...)} works). In demo mode only, and refused when a production key is configured.
 */
final class TokenCommand {
    static final String NAME = "token";
    static final int OK = 0;
    static final int USAGE = 2;
    static final int REFUSED = 3;

    private TokenCommand() {
    }

    static int run(List<String> args, TokenConfig config, boolean demo, Clock clock, PrintStream out,
                   PrintStream err) {
        if (!demo) {
            err.println("token: development tokens exist in demo mode only (the default on the embedded database, "
                    + "or MEDCERT_DEMO=true); ask the identity provider");
            return REFUSED;
        }
        DevTokens tokens;
        try {
            tokens = config.devTokens(clock);
        } catch (IllegalStateException e) {
            err.println("token: " + e.getMessage());
            return REFUSED;
        }
        String token;
        try {
            token = tokens.mint(actor(args));
        } catch (IllegalArgumentException e) {
            err.println("token: " + e.getMessage());
            err.println(usage());
            return USAGE;
        }
        out.println(token);
        if (config.usesDemoSecret()) {
            err.println("token: signed with the built-in demo secret, valid 12 hours: for development only");
        }
        return OK;
    }

    private static Actor actor(List<String> args) {
        String role = args.isEmpty() ? "" : args.get(0);
        switch (role) {
            case "applicant":
                requireArguments(args, 2);
                return new Actor.Applicant(Iin.parse(args.get(1)));
            case "officer":
                requireArguments(args, 3);
                return new Actor.Officer(args.get(1), department(args.get(2)));
            case "admin":
                requireArguments(args, 2);
                return new Actor.Admin(args.get(1));
            default:
                throw new IllegalArgumentException("name a role: applicant, officer or admin");
        }
    }

    private static Department department(String code) {
        return Arrays.stream(Region.values()).filter(region -> region.name().equals(code)).findFirst()
                .map(Department::of).orElseThrow(() -> new IllegalArgumentException("unknown department " + code
                        + "; one of " + Arrays.stream(Region.values()).map(Enum::name)
                        .collect(Collectors.joining(", "))));
    }

    private static void requireArguments(List<String> args, int count) {
        if (args.size() != count) {
            throw new IllegalArgumentException(args.get(0) + " takes " + (count - 1) + " argument(s)");
        }
    }

    static String usage() {
        return "usage: java -jar medcert-service.jar token applicant <IIN>\n"
                + "       java -jar medcert-service.jar token officer <officerId> <DEPARTMENT>   (e.g. ALMATY_CITY)\n"
                + "       java -jar medcert-service.jar token admin <adminId>";
    }
}
