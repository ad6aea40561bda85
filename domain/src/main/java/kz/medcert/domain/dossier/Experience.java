package kz.medcert.domain.dossier;

/**
 * Work experience in years, months and days (A2-IF 8.1/8.2, A6-IF 10.1/10.2); days carry into months at 30 and
 * months into years at 12, as personnel records count length of service.
 */
public record Experience(int years, int months, int days) {
    public static final Experience NONE = new Experience(0, 0, 0);

    public Experience {
        if (years < 0 || months < 0 || months > 11 || days < 0 || days > 29) {
            throw new IllegalArgumentException("not a normalised experience: " + years + "y " + months + "m "
                    + days + "d");
        }
    }

    /** Normalises a sum of years, months and days. */
    public static Experience normalised(long years, long months, long days) {
        long totalMonths = years * 12 + months + days / 30;
        return new Experience(Math.toIntExact(totalMonths / 12), (int) (totalMonths % 12), (int) (days % 30));
    }
}
