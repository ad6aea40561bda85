package kz.medcert.domain.access;

import kz.medcert.domain.reference.LocalizedText;

/**
 * The 17 regions and 3 cities of republican significance of Kazakhstan (since 2022); the territorial department that
 * receives an application follows the applicant's region (R71). The constants are the stable codes that tokens,
 * requests and the register store; the names of each region and of its department are reference data in
 * {@code regions.tsv}, which names the acts (see {@link Regions}).
 */
public enum Region {
    ABAI, AKMOLA, AKTOBE, ALMATY_REGION, ATYRAU, EAST_KAZAKHSTAN, KARAGANDA, KOSTANAY, KYZYLORDA, MANGYSTAU,
    NORTH_KAZAKHSTAN, PAVLODAR, TURKISTAN, ULYTAU, WEST_KAZAKHSTAN, ZHAMBYL, ZHETISU,
    ASTANA, ALMATY_CITY, SHYMKENT;

    public LocalizedText localizedName() {
        return Regions.entry(this).name();
    }
}
