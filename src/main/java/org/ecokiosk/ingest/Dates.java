package org.ecokiosk.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as staff type them: 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日; real calendar dates only. */
public final class Dates {
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    private Dates() {
    }

    public static Optional<LocalDate> parse(String raw) {
        Matcher m = YMD.matcher(Numbers.normalise(raw));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }
}
