package kz.medcert.adapters.http.dto;

/**
 * {@code POST /api/v1/certificates/{number}/revocation}: the court ground ({@code GROUND_4_COURT_PROHIBITION} or
 * {@code GROUND_5_SPECIAL_RIGHT_DEPRIVED}, R88, R89) and the decision it rests on (court, case number, date).
 */
public record RevocationRequest(String ground, String reason) {
}
