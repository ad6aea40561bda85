package kz.medcert.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The versioned rule set (R84): every threshold of Order ҚР ДСМ-274/2020 as amended by Order No. 23 of 20 June 2024,
 * named once, with the rule that sets it. Year thresholds follow the catalogue's convention (section 0): "after YEAR"
 * means graduation year &gt; YEAR, "before YEAR" means year &lt; YEAR, "before a date" means strictly earlier.
 *
 * @param version                    identifier of this rule set, reported with every evaluation
 * @param effectiveFrom              first application date the rule set governs (R84: the day after the sixty
 *                                   calendar days that follow the day of first official publication)
 * @param continuityGapToleranceDays R40, R45: the longest gap (calendar days without any employment) that still
 *                                   counts as continuous activity; a longer gap goes to the officer
 */
public record RuleSet(String version, LocalDate effectiveFrom, int continuityGapToleranceDays) {

    // R37: internship mandatory for "Емдеу ісі", "Педиатрия", "Жалпы медицина" graduates after 1998 ...
    public static final int INTERNSHIP_GENERAL_AFTER_YEAR = 1998;
    // R37: ... and for "Шығыс медицинасы", "Стоматология" graduates after 2006
    public static final int INTERNSHIP_ORIENTAL_DENTAL_AFTER_YEAR = 2006;
    // R38: residency mandatory for clinical specialties, graduates after 2013
    public static final int RESIDENCY_AFTER_YEAR = 2013;
    // R39: retraining path for graduates before 2014 whose postgraduate specialty does not match
    public static final int RETRAINING_PATH_BEFORE_YEAR = 2014;
    // R40, R45: clinical / medical activity started before 1 January 2005 exempts from retraining
    public static final LocalDate CONTINUOUS_ACTIVITY_STARTED_BEFORE = LocalDate.of(2005, 1, 1);
    /**
     * R40, R45: "continuous" (үздіксіз) is not defined by the Order. Labour practice keeps length of service
     * continuous when the next job starts within a month of dismissal (longer for listed reasons), so a gap of up to
     * 31 calendar days (the longest month) is bridged; a longer one is for the officer to judge, never a refusal.
     */
    public static final int CONTINUITY_GAP_TOLERANCE_DAYS = 31;
    // R41–R43, R46: TVET cross-qualification for nursing, feldsher and midwifery graduates before 1 January 2005
    public static final LocalDate TVET_CROSS_QUALIFICATION_BEFORE = LocalDate.of(2005, 1, 1);
    // R44, R46: laboratory diagnostics cross-qualification for graduates before 1 January 2012
    public static final LocalDate LABORATORY_CROSS_QUALIFICATION_BEFORE = LocalDate.of(2012, 1, 1);
    // R23: a domestic diploma is uploaded for graduates before 2012
    public static final int DIPLOMA_UPLOAD_BEFORE_YEAR = 2012;
    // R62, R63: education data are fetched for graduates after 2012
    public static final int EDUCATION_FETCH_AFTER_YEAR = 2012;
    // R49: a foreign specialist's Kazakhstani diploma is uploaded for graduates before 2015
    public static final int FOREIGN_DIPLOMA_UPLOAD_BEFORE_YEAR = 2015;
    // R33, R39, R42–R44: retraining counts only if completed before 1 January 2021
    public static final LocalDate RETRAINING_COMPLETED_BEFORE = LocalDate.of(2021, 1, 1);
    // R13: indefinite certificates issued before 9 October 2015 stay valid with PD every 5 years
    public static final LocalDate INDEFINITE_ISSUED_BEFORE = LocalDate.of(2015, 10, 9);
    // R11: a lapse of more than 3 years turns confirmation into first-time (exactly 3 years still confirms)
    public static final Period LAPSE_LIMIT = Period.ofYears(3);
    // R12: a break of more than 3 years is a LONG_BREAK (exactly 3 years is not)
    public static final Period BREAK_LIMIT = Period.ofYears(3);
    // R27 (reading A): a graduate of at most 3 years who never held a certificate needs no PD
    public static final Period RECENT_GRADUATE_LIMIT = Period.ofYears(3);
    // R26, R51, R57: PD of at least 8 credits (240 h) on first-time with a long break
    public static final BigDecimal PD_FIRST_TIME_CREDITS = BigDecimal.valueOf(8);
    // R32, R57, R13: PD of at least 4 credits (120 h) on confirmation
    public static final BigDecimal PD_CONFIRMATION_CREDITS = BigDecimal.valueOf(4);
    // Section 0: 8 credits = 240 h and 4 credits = 120 h imply 1 credit = 30 h
    public static final int HOURS_PER_CREDIT = 30;
    // R26, R32, R41–R44, R13: PD counts when it ended within [AD − 5 years, AD]
    public static final Period PD_WINDOW = Period.ofYears(5);
    // R14, R79: a certificate is issued for 5 years from its issue date
    public static final Period CERTIFICATE_VALIDITY = Period.ofYears(5);
    // R73: the decision is due within 5 working days
    public static final int SERVICE_TERM_WORKING_DAYS = 5;
    // R77: the provider works 09:00–18:30 (Asia/Almaty)
    public static final LocalTime WORKDAY_START = LocalTime.of(9, 0);
    public static final LocalTime WORKDAY_END = LocalTime.of(18, 30);

    // R84: the Order is applied "upon expiry of sixty calendar days after the day of its first official publication"
    public static final int ENTRY_INTO_FORCE_DAYS_AFTER_PUBLICATION = 60;
    // R109: Order No. 23 was registered on 21 June 2024; its publication cannot precede registration
    public static final LocalDate REGISTERED_ON = LocalDate.of(2024, 6, 21);

    /**
     * R84, R109: the earliest possible entry into force, for a publication on the registration day. The real
     * publication date is not in the seed; an embedding system configures the date that follows from the
     * publication record ({@link #entryIntoForceAfterPublication}, {@link #effectiveFrom(LocalDate)}).
     */
    public static final LocalDate EARLIEST_ENTRY_INTO_FORCE = entryIntoForceAfterPublication(REGISTERED_ON);

    public static final RuleSet ORDER_23_2024 = new RuleSet("KZ-DSM-274-2020/ORDER-23-2024/rules-md-R01-R109/v2",
            EARLIEST_ENTRY_INTO_FORCE, CONTINUITY_GAP_TOLERANCE_DAYS);

    public RuleSet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (continuityGapToleranceDays < 0) {
            throw new IllegalArgumentException("continuityGapToleranceDays must not be negative: "
                    + continuityGapToleranceDays);
        }
    }

    /**
     * R84: the first day the Order applies after a first official publication on {@code publishedOn}: the sixty
     * calendar days count from the day after publication, and the Order applies once they have expired (published
     * on 21 June 2024, the sixtieth day is 20 August and the Order applies from 21 August 2024).
     */
    public static LocalDate entryIntoForceAfterPublication(LocalDate publishedOn) {
        return publishedOn.plusDays(ENTRY_INTO_FORCE_DAYS_AFTER_PUBLICATION + 1L);
    }

    /** The same rules, in force from another date (R84: the publication date is configuration). */
    public RuleSet effectiveFrom(LocalDate date) {
        return new RuleSet(version, date, continuityGapToleranceDays);
    }

    /** The same rules with another gap tolerance for continuous activity (R40, R45: a policy setting). */
    public RuleSet continuityGapTolerance(int days) {
        return new RuleSet(version, effectiveFrom, days);
    }

    public boolean governs(LocalDate applicationDate) {
        return !applicationDate.isBefore(effectiveFrom);
    }

    /** Every threshold with its value, rules and reading, for embedding systems and audits. */
    public List<Threshold> thresholds() {
        return List.of(
                t("INTERNSHIP_GENERAL_AFTER_YEAR", INTERNSHIP_GENERAL_AFTER_YEAR, "graduation year > value", Rule.R37),
                t("INTERNSHIP_ORIENTAL_DENTAL_AFTER_YEAR", INTERNSHIP_ORIENTAL_DENTAL_AFTER_YEAR,
                        "graduation year > value", Rule.R37),
                t("RESIDENCY_AFTER_YEAR", RESIDENCY_AFTER_YEAR, "graduation year > value", Rule.R38),
                t("RETRAINING_PATH_BEFORE_YEAR", RETRAINING_PATH_BEFORE_YEAR, "graduation year < value", Rule.R39),
                t("CONTINUOUS_ACTIVITY_STARTED_BEFORE", CONTINUOUS_ACTIVITY_STARTED_BEFORE, "start < value",
                        Rule.R40, Rule.R45),
                t("CONTINUITY_GAP_TOLERANCE_DAYS", continuityGapToleranceDays,
                        "a gap of at most value calendar days without employment is continuous; a longer gap is a "
                                + "review note, never a refusal", Rule.R40, Rule.R45),
                t("TVET_CROSS_QUALIFICATION_BEFORE", TVET_CROSS_QUALIFICATION_BEFORE, "graduation date < value",
                        Rule.R41, Rule.R42, Rule.R43, Rule.R46),
                t("LABORATORY_CROSS_QUALIFICATION_BEFORE", LABORATORY_CROSS_QUALIFICATION_BEFORE,
                        "graduation date < value", Rule.R44, Rule.R46),
                t("DIPLOMA_UPLOAD_BEFORE_YEAR", DIPLOMA_UPLOAD_BEFORE_YEAR,
                        "graduation year < value; 2012 itself: registry first, then upload (R21)", Rule.R23),
                t("EDUCATION_FETCH_AFTER_YEAR", EDUCATION_FETCH_AFTER_YEAR, "graduation year > value",
                        Rule.R62, Rule.R63),
                t("FOREIGN_DIPLOMA_UPLOAD_BEFORE_YEAR", FOREIGN_DIPLOMA_UPLOAD_BEFORE_YEAR,
                        "graduation year < value; from 2015 registry first, then upload (R21)", Rule.R49),
                t("RETRAINING_COMPLETED_BEFORE", RETRAINING_COMPLETED_BEFORE, "completion date < value",
                        Rule.R33, Rule.R39, Rule.R42, Rule.R43, Rule.R44),
                t("INDEFINITE_ISSUED_BEFORE", INDEFINITE_ISSUED_BEFORE, "issue date < value", Rule.R13),
                t("LAPSE_LIMIT", LAPSE_LIMIT, "lapse > value is first-time; exactly 3 years confirms",
                        Rule.R07, Rule.R10, Rule.R11),
                t("BREAK_LIMIT", BREAK_LIMIT, "break > value is LONG_BREAK; exactly 3 years is not", Rule.R12),
                t("RECENT_GRADUATE_LIMIT", RECENT_GRADUATE_LIMIT,
                        "reading A: AD − graduation ≤ value and never certified exempts from PD", Rule.R27),
                t("PD_FIRST_TIME_CREDITS", PD_FIRST_TIME_CREDITS, "total credits ≥ value", Rule.R26, Rule.R51,
                        Rule.R57),
                t("PD_CONFIRMATION_CREDITS", PD_CONFIRMATION_CREDITS, "total credits ≥ value", Rule.R32, Rule.R57,
                        Rule.R13),
                t("HOURS_PER_CREDIT", HOURS_PER_CREDIT, "1 credit = 30 h", Rule.R26, Rule.R32, Rule.R97),
                t("PD_WINDOW", PD_WINDOW, "PD end date in [AD − value, AD], both ends inclusive", Rule.R26,
                        Rule.R32, Rule.R13, Rule.R41, Rule.R44),
                t("CERTIFICATE_VALIDITY", CERTIFICATE_VALIDITY, "valid until issue date + value", Rule.R14,
                        Rule.R79),
                t("SERVICE_TERM_WORKING_DAYS", SERVICE_TERM_WORKING_DAYS,
                        "due on the 5th working day after the registration day", Rule.R73),
                t("WORKDAY_START", WORKDAY_START, "before it: registered when the working day begins", Rule.R77,
                        Rule.R78),
                t("WORKDAY_END", WORKDAY_END, "after it (strictly): registered on the next working day", Rule.R77,
                        Rule.R78),
                t("ENTRY_INTO_FORCE_DAYS_AFTER_PUBLICATION", ENTRY_INTO_FORCE_DAYS_AFTER_PUBLICATION,
                        "applies from the day after the value-th calendar day after first official publication; "
                                + "in force from " + effectiveFrom, Rule.R84, Rule.R109));
    }

    private static Threshold t(String name, Object value, String reading, Rule... rules) {
        return new Threshold(name, String.valueOf(value), List.of(rules), reading);
    }
}
