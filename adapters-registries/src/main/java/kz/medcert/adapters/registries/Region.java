package kz.medcert.adapters.registries;

/**
 * The 17 regions (oblystar) and 3 cities of republican significance of Kazakhstan since 2022; the territorial
 * department that receives an application follows the applicant's region (R71).
 */
public enum Region {
    ABAI, AKMOLA, AKTOBE, ALMATY_REGION, ATYRAU, EAST_KAZAKHSTAN, KARAGANDA, KOSTANAY, KYZYLORDA, MANGYSTAU,
    NORTH_KAZAKHSTAN, PAVLODAR, TURKISTAN, ULYTAU, WEST_KAZAKHSTAN, ZHAMBYL, ZHETISU,
    ASTANA, ALMATY_CITY, SHYMKENT
}
