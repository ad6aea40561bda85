package kz.medcert.adapters.http.dto;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportProgress;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportSummary;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.RowReject;

/**
 * How an import of the register ended: counts, the file's SHA-256, the audit id, and the first rejected rows with
 * what is wrong in which field. Field names are a public contract: add fields, never rename.
 *
 * @param completed      false when reading stopped before the end of the file ({@code abortedBecause} says why)
 * @param rejects        the first {@value ImportSummary#LISTED_REJECTS} rejected rows, by line
 */
public record RegisterImportResponse(UUID importId, String fileName, String sha256, boolean completed,
                                     String abortedBecause, long rowsRead, long imported, long alreadyRegistered,
                                     long rejected, BigDecimal seconds, long rowsPerSecond, List<Reject> rejects) {

    /** A rejected row: the line it starts on (the header is line 1) and its problems. */
    public record Reject(long line, List<FieldError> errors) {
    }

    public static RegisterImportResponse from(ImportSummary s) {
        ImportProgress c = s.counts();
        return new RegisterImportResponse(s.importId(), s.fileName(), s.sha256(), s.completed(),
                s.abortedBecause().orElse(null), c.rowsRead(), c.imported(), c.alreadyRegistered(), c.rejected(),
                BigDecimal.valueOf(c.elapsed().toMillis()).movePointLeft(3).setScale(1, RoundingMode.HALF_UP),
                Math.round(c.rowsPerSecond()), s.firstRejects().stream().map(RegisterImportResponse::reject).toList());
    }

    private static Reject reject(RowReject r) {
        return new Reject(r.line(), r.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList());
    }
}
