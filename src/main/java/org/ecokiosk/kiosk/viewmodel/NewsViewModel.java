package org.ecokiosk.kiosk.viewmodel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecokiosk.kiosk.content.ContentHtml;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.model.ContentImage;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * News and pages: what is published today (publish_from ≤ today ≤ publish_until), news first
 * (newest first), then campaign stories and pages; an opened item with its sanitised HTML body.
 */
public final class NewsViewModel extends SnapshotViewModel<NewsViewModel.Data> {
    /**
     * The opened item with its sanitised HTML in both languages. Rendering (Markdown, the
     * sanitiser, images as data: URIs) happens when it is built, which {@link #open} does on the
     * session's reader thread, so opening an article never works on the FX thread.
     */
    public record Opened(ContentPage page, Map<Language, String> html) {
        public Opened {
            html = Map.copyOf(html);
        }

        /** Renders {@code page} with the snapshot {@code images} its body may show. */
        public static Opened of(ContentPage page, Map<String, ContentImage> images) {
            return new Opened(page, render(page, images));
        }

        private static Map<Language, String> render(ContentPage page, Map<String, ContentImage> images) {
            Map<Language, String> html = new java.util.EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                html.put(l, ContentHtml.bodyHtml(page.markdown().in(l), images));
            }
            return html;
        }

        public String bodyHtml(Language language) {
            return html.get(language);
        }
    }

    public record Data(List<ContentPage> pages) {
    }

    private final Clock clock;
    private final ObservableList<ContentPage> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<Opened>> opened = new ReadOnlyObjectWrapper<>(Optional.empty());
    private int openRequest;

    public NewsViewModel(Clock clock) {
        this.clock = clock;
    }

    public ObservableList<ContentPage> items() {
        return items;
    }

    /** The item being read; empty while the list shows. */
    public ReadOnlyObjectProperty<Optional<Opened>> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public Optional<Opened> opened() {
        return opened.get();
    }

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        List<ContentPage> all = new ArrayList<>(reader.pages(PageKind.NEWS));
        all.addAll(reader.pages(PageKind.CAMPAIGN));
        all.addAll(reader.pages(PageKind.PAGE));
        return new Data(all);
    }

    /** What is published changes with the date, so every show re-applies the loaded pages to today. */
    @Override
    protected Reuse reuse() {
        return Reuse.REAPPLY;
    }

    @Override
    protected boolean apply(Data data) {
        List<ContentPage> next = published(data.pages(), LocalDate.now(clock));
        // every show reapplies (a page's publication date may have come); an unchanged list leaves
        // the page as it is, so a revisit rebuilds nothing
        if (!items.equals(next)) {
            items.setAll(next);
        }
        return shownIsSample();
    }

    @Override
    protected void forget() {
        close();
    }

    /** Published on {@code today}; news newest first, then campaign stories, then pages, each by date then slug. */
    public static List<ContentPage> published(List<ContentPage> pages, LocalDate today) {
        return pages.stream().filter(p -> p.isPublishedOn(today))
                .sorted(Comparator.comparingInt((ContentPage p) -> p.kind() == PageKind.NEWS ? 0
                                : p.kind() == PageKind.CAMPAIGN ? 1 : 2)
                        .thenComparing(ContentPage::publishFrom, Comparator.reverseOrder())
                        .thenComparing(ContentPage::slug))
                .toList();
    }

    /** Opens {@code page}: its images are read off the FX thread, then the detail shows. */
    public void open(SnapshotSession session, ContentPage page) {
        int request = ++openRequest;
        session.load(reader -> {
            Map<String, ContentImage> images = new LinkedHashMap<>();
            for (String name : page.images()) {
                Optional<ContentImage> image = reader.image(name);
                image.ifPresent(i -> images.put(name, i));
            }
            return Opened.of(page, images);
        }, o -> {
            if (request == openRequest) {
                accept(o);
            }
        }, this::fail);
    }

    /** Shows an item whose images are already at hand (tests, and the pure part of {@link #open}). */
    public void accept(Opened o) {
        opened.set(Optional.of(o));
        updateSample();
    }

    public Optional<ContentPage> find(String slug) {
        return items.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    public void close() {
        openRequest++;
        opened.set(Optional.empty());
        updateSample();
    }

    private void updateSample() {
        markSample(shownIsSample());
    }

    /** Sample while a sample item is open, or, on the list, while any listed item is sample. */
    private boolean shownIsSample() {
        return opened.get().map(o -> o.page().origin().isSample())
                .orElseGet(() -> items.stream().anyMatch(p -> p.origin().isSample()));
    }
}
