package org.ecokiosk.operations;

import java.util.List;
import java.util.Optional;
import org.ecokiosk.ingest.ImportFailedException;

/**
 * One mistake in a staff file, as a view shows it: where (file, 1-based line and column, 0 when
 * they do not apply; the column header) and the importer's sentence in both languages.
 */
public record ProblemLine(String file, int line, int column, String field, String messageZh, String messageEn) {

    /** The problems of a refused import, publish or report; empty when {@code error} is not such a refusal. */
    public static Optional<List<ProblemLine>> of(Throwable error) {
        if (error instanceof ImportFailedException refused) {
            return Optional.of(refused.problems().stream().map(p -> new ProblemLine(p.file(), p.line(), p.column(),
                    p.field(), p.messageZh(), p.messageEn())).toList());
        }
        return Optional.empty();
    }
}
