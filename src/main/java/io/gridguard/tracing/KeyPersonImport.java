package io.gridguard.tracing;

import java.time.Instant;
import java.util.List;

/**
 * A key-person list and what its import made of it so far: {@code done} of {@code total} rows read, how many
 * accepted (of them {@code matched} to a registered person, whose grid verifies them) and rejected.
 */
public record KeyPersonImport(long importId, String fileName, String status, int total, int done, int accepted, int matched,
                              int rejected, String failure, String uploadedBy, Instant uploadedAt, Instant finishedAt) {

    public int percent() {
        return total == 0 ? (status.equals("RUNNING") ? 0 : 100) : done * 100 / total;
    }

    /** One row of the list as the report shows it: the person masked; a rejection's reason as a message key. */
    public record Row(long id, int row, String status, String reasonKey, String reasonArg, String maskedName,
                      String maskedIdNumber, String origin, String category, Long gridId, VerificationOutcome outcome) {
    }

    /** Per grid: people to verify and how many are done. */
    public record GridCompletion(long gridId, String gridName, long total, long verified) {
    }

    public record Report(KeyPersonImport list, List<GridCompletion> grids) {
    }
}
