package kz.medcert.domain.person;

/** A person's sex as recorded in the IIN (digit 7 is odd for men, even for women). */
public enum Sex {
    MALE,
    FEMALE
}
