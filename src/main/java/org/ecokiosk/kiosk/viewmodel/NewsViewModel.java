package org.ecokiosk.kiosk.viewmodel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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

/**
 * News and pages: what is published today (publish_from ≤ today ≤ publish_until), news first
 * (newest first), then campaign stories and pages; an opened item with its sanitised HTML body.
 */
public final class NewsViewModel implements ScreenModel {
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
    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(LoadState.IDLE);
    private final ReadOnlyObjectWrapper<Opened> opened = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);
    private int openRequest;

    public NewsViewModel(Clock clock) {
        this.clock = clock;
    }

    public ObservableList<ContentPage> items() {
        return items;
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The item being read; null while the list shows. */
    public ReadOnlyObjectProperty<Opened> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** Sample while a sample item is open, or, on the list, while any listed item is sample. */
    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    private Data lastData;

    public void load(SnapshotSession session) {
        if (state.get() == LoadState.READY && lastData != null) {
            accept(lastData); // the date may have moved on since the last visitor
            return;
        }
        if (state.get() == LoadState.LOADING) {
            return;
        }
        state.set(LoadState.LOADING);
        session.load(reader -> {
            List<ContentPage> all = new ArrayList<>(reader.pages(PageKind.NEWS));
            all.addAll(reader.pages(PageKind.CAMPAIGN));
            all.addAll(reader.pages(PageKind.PAGE));
            return new Data(all);
        }, this::accept, message -> state.set(LoadState.FAILED));
    }

    public void invalidate() {
        lastData = null;
        close();
        state.set(LoadState.IDLE);
    }

    public void accept(Data data) {
        lastData = data;
        items.setAll(published(data.pages(), LocalDate.now(clock)));
        updateSample();
        state.set(LoadState.READY);
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
        }, message -> state.set(LoadState.FAILED));
    }

    /** Shows an item whose images are already at hand (tests, and the pure part of {@link #open}). */
    public void accept(Opened o) {
        opened.set(o);
        updateSample();
    }

    public Optional<ContentPage> find(String slug) {
        return items.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    public void close() {
        openRequest++;
        opened.set(null);
        updateSample();
    }

    private void updateSample() {
        Opened o = opened.get();
        sample.set(o != null ? o.page().origin().isSample() : items.stream().anyMatch(p -> p.origin().isSample()));
    }
}
