package org.ecokiosk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A Markdown page or news item, body in both languages, shown between its publish dates. */
public record ContentPage(String slug, PageKind kind, LocalizedText title, LocalizedText markdown,
                          LocalDate publishFrom, Optional<LocalDate> publishUntil,
                          List<String> images, DataOrigin origin) {
    public ContentPage {
        images = List.copyOf(images);
    }

    public boolean isPublishedOn(LocalDate day) {
        return !day.isBefore(publishFrom) && publishUntil.map(until -> !day.isAfter(until)).orElse(true);
    }
}
