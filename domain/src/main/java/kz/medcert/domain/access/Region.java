package kz.medcert.domain.access;

import kz.medcert.domain.reference.LocalizedText;

/**
 * The 17 regions and 3 cities of republican significance of Kazakhstan (since 2022); the territorial department that
 * receives an application follows the applicant's region (R71).
 */
public enum Region {
    ABAI("Абай облысы", "Область Абай", "Abai Region"),
    AKMOLA("Ақмола облысы", "Акмолинская область", "Akmola Region"),
    AKTOBE("Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
    ALMATY_REGION("Алматы облысы", "Алматинская область", "Almaty Region"),
    ATYRAU("Атырау облысы", "Атырауская область", "Atyrau Region"),
    EAST_KAZAKHSTAN("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
    KARAGANDA("Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
    KOSTANAY("Қостанай облысы", "Костанайская область", "Kostanay Region"),
    KYZYLORDA("Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
    MANGYSTAU("Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
    NORTH_KAZAKHSTAN("Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
    PAVLODAR("Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
    TURKISTAN("Түркістан облысы", "Туркестанская область", "Turkistan Region"),
    ULYTAU("Ұлытау облысы", "Область Улытау", "Ulytau Region"),
    WEST_KAZAKHSTAN("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
    ZHAMBYL("Жамбыл облысы", "Жамбылская область", "Zhambyl Region"),
    ZHETISU("Жетісу облысы", "Область Жетісу", "Zhetisu Region"),
    ASTANA("Астана қаласы", "город Астана", "Astana"),
    ALMATY_CITY("Алматы қаласы", "город Алматы", "Almaty"),
    SHYMKENT("Шымкент қаласы", "город Шымкент", "Shymkent");

    private final LocalizedText name;

    Region(String kk, String ru, String en) {
        this.name = LocalizedText.of(kk, ru, en);
    }

    public LocalizedText localizedName() {
        return name;
    }
}
