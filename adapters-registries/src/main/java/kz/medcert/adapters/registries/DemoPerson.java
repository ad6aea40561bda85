package kz.medcert.adapters.registries;

import java.util.Objects;
import java.util.regex.Pattern;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.CountryCode;

/**
 * A fictitious person of the demo data: identity, e-gov phone, what the registries hold, and the application they
 * make in demos and tests. All data are invented; the phone numbers are not real subscribers'.
 *
 * @param id    a stable label for walk-throughs and error messages, e.g. "P01"
 * @param phone the number registered on e-gov, as {@code +7 7XX XXX XX XX}
 */
public record DemoPerson(String id, Iin iin, PersonName name, String phone, Region region, CountryCode citizenship,
                         RegistryHoldings registries, DemoScenario scenario) {

    static final Pattern PHONE = Pattern.compile("\\+7 7\\d\\d \\d{3} \\d{2} \\d{2}");

    public DemoPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        if (!PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("phone must look like +7 700 123 45 67");
        }
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(citizenship, "citizenship");
        Objects.requireNonNull(registries, "registries");
        Objects.requireNonNull(scenario, "scenario");
    }

    /**
     * The e-mail address of the person's e-gov account in the demo: their label at the reserved {@code medcert.example}
     * domain (RFC 2606), e.g. {@code p01@medcert.example}, so that no demo mail can reach a real mailbox.
     */
    public String email() {
        return id.toLowerCase(java.util.Locale.ROOT) + "@medcert.example";
    }

    /** The phone as the consent SMS screen shows it: operator code and last two digits, e.g. "+7 700 *** ** 67". */
    public String maskedPhone() {
        return phone.substring(0, 7) + "*** ** " + phone.substring(14);
    }
}
