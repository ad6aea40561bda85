package kz.medcert.domain.reference;

/** Level of a medical education record (rules.md section (k)). */
public enum EducationLevel {
    TVET(LocalizedText.of("Техникалық және кәсіптік білім", "Техническое и профессиональное образование",
            "Technical and vocational education")),
    POST_SECONDARY(LocalizedText.of("Орта білімнен кейінгі білім", "Послесреднее образование",
            "Post-secondary education")),
    BACHELOR(LocalizedText.of("Бакалавриат", "Бакалавриат", "Bachelor's degree")),
    HIGHER(LocalizedText.of("Жоғары білім", "Высшее образование", "Higher education")),
    POSTGRADUATE(LocalizedText.of("Жоғары оқу орнынан кейінгі білім", "Послевузовское образование",
            "Postgraduate education"));

    private final LocalizedText name;

    EducationLevel(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText localizedName() {
        return name;
    }

    /** Secondary medical education in the sense of A2 8-D: TVET or post-secondary. */
    public boolean isSecondary() {
        return this == TVET || this == POST_SECONDARY;
    }

    /** Higher or postgraduate medical education in the sense of A2 8-C (R24, R37, R38). */
    public boolean isHigherOrPostgraduate() {
        return this == HIGHER || this == POSTGRADUATE;
    }
}
