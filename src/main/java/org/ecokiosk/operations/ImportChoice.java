package org.ecokiosk.operations;

import java.util.Arrays;
import java.util.List;
import org.ecokiosk.ingest.imports.ImportKind;

/**
 * One kind of file admin mode offers to import: its name (as after {@code eco-kiosk import})
 * and whether its files are Markdown and images rather than CSV (for the file chooser).
 */
public record ImportChoice(String code, boolean markdown) {

    /** Every kind, in the order staff see them. */
    public static List<ImportChoice> all() {
        return Arrays.stream(ImportKind.values()).map(ImportChoice::of).toList();
    }

    static ImportChoice of(ImportKind kind) {
        return new ImportChoice(kind.command(),
                kind == ImportKind.PAGES || kind == ImportKind.NEWS || kind == ImportKind.CAMPAIGN
                        || kind == ImportKind.BULLETIN);
    }

    ImportKind kind() {
        return ImportKind.fromCommand(code).orElseThrow(() -> new IllegalArgumentException("no import kind " + code));
    }
}
