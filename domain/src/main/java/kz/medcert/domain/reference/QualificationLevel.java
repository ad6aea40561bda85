package kz.medcert.domain.reference;

/**
 * Qualification level (category) of a healthcare worker under ҚР ДСМ-283/2020 (R96, R102), kept as reference data;
 * declaration order is ascending rank.
 */
public enum QualificationLevel {
    SECOND(LocalizedText.of("Екінші санат", "Вторая категория", "Second category")),
    FIRST(LocalizedText.of("Бірінші санат", "Первая категория", "First category")),
    HIGHEST(LocalizedText.of("Жоғары санат", "Высшая категория", "Highest category"));

    private final LocalizedText name;

    QualificationLevel(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText localizedName() {
        return name;
    }
}
