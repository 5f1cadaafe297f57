package org.ecokiosk.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * What of a file's raw content a message may quote: a short, printable excerpt. A cell can be
 * 7 MB long, hold a NUL, an escape sequence for the terminal or a bidi override that turns the
 * message around; none of that reaches a screen, a terminal or the audit log.
 */
public final class Excerpt {
    /** Code points quoted from a value before it is cut off with "…". */
    public static final int MAX_QUOTED = 40;

    private Excerpt() {
    }

    /** At most {@value #MAX_QUOTED} code points of {@code raw}, unprintable ones shown as U+XXXX. */
    public static String of(String raw) {
        return of(raw, MAX_QUOTED);
    }

    public static String of(String raw, int maxCodePoints) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (count == maxCodePoints) {
                out.append('…');
                break;
            }
            if (TextRules.isUnprintable(cp)) {
                out.append(String.format("U+%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
            count++;
        }
        return out.toString();
    }

    /** Why a file could not be read, in a few plain words (no stack trace, no file content). */
    public static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : of(message, 120);
    }
}
