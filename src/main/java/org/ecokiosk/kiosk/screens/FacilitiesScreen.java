package org.ecokiosk.kiosk.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel.FacilityRow;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.OpenDay;

/**
 * 设施开放: the environmental facilities residents can visit, soonest open day first; touching
 * one shows its photo (or a placeholder), how to get there, when it opens, how to book, and QR codes for booking and the 云参观
 * virtual tour. The kiosk never opens those web pages itself (it has no network and must not
 * browse): the resident scans the code and opens them on their own phone.
 */
public final class FacilitiesScreen extends ModelScreen<FacilitiesViewModel> {
    private final FacilityPhotos photos;
    private final FacilityCodes codes;

    public FacilitiesScreen(Messages messages, SnapshotSession session, FacilitiesViewModel model) {
        super("facilities", messages, session, model, "community-screen", "community-content");
        photos = new FacilityPhotos(session);
        codes = new FacilityCodes(session);
        rebuildOn(model.rows());
        // photos and codes are made on the reader thread as the rows arrive, not in the tap that opens one
        prefetch();
        model.rows().addListener((javafx.collections.ListChangeListener<FacilityRow>) change -> prefetch());
        // opening or closing a facility's details starts at the top of the page
        model.selectedProperty().addListener((obs, was, now) -> {
            render();
            scrollToTop();
        });
    }

    private void prefetch() {
        photos.prefetch(model.rows());
        codes.prefetch(model.rows());
    }

    @Override
    public void reset() {
        model.closeDetails();
        super.reset();
    }

    @Override
    protected void build(VBox content, Language language) {
        model.selected().ifPresentOrElse(row -> details(content, row), () -> list(content));
    }

    private void list(VBox content) {
        Language l = messages.language();
        content.getChildren().add(Texts.wrapped(messages.get("facilities.intro"), "screen-intro"));
        if (model.rows().isEmpty()) {
            content.getChildren().add(Texts.wrapped(messages.get("facilities.none"), "screen-message"));
        }
        VBox list = new VBox();
        list.getStyleClass().add("card-list");
        for (FacilityRow row : model.rows()) {
            Label name = Texts.wrapped(row.facility().name().in(l), "card-title");
            Label when = Texts.wrapped(nextOpenDayText(row, l), "card-value");
            VBox text = new VBox(name, when, Texts.wrapped(row.facility().address().in(l), "card-text"));
            text.getStyleClass().add("card-body");
            HBox.setHgrow(text, Priority.ALWAYS);
            Button open = new Button(messages.get("facilities.details"));
            open.getStyleClass().add("primary-button");
            open.setId("facility-open-" + row.code());
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setOnAction(e -> model.select(row));
            HBox card = new HBox(text, open);
            card.setAlignment(Pos.CENTER_LEFT);
            card.getStyleClass().addAll("card", "facility-card");
            card.setId("facility-" + row.code());
            // the whole card answers a tap (not a drag that scrolls the list)
            card.setOnMouseClicked(e -> {
                if (e.isStillSincePress()) {
                    model.select(row);
                }
            });
            list.getChildren().add(card);
        }
        content.getChildren().addAll(list, Texts.wrapped(messages.get("facilities.source"), "screen-footnote"));
    }

    private String nextOpenDayText(FacilityRow row, Language l) {
        return row.next().map(d -> messages.get("facilities.next", DateTexts.dateWithWeekday(d.date(), l),
                DateTexts.time(d.start()), DateTexts.time(d.end()))).orElse(messages.get("facilities.noNext"));
    }

    private void details(VBox content, FacilityRow row) {
        Language l = messages.language();
        Button back = new Button(messages.get("facilities.back"));
        back.setId("facility-back");
        back.getStyleClass().add("back-button");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> model.closeDetails());
        Label name = Texts.wrapped(row.facility().name().in(l), "detail-title");
        name.setId("facility-detail-title");
        HBox head = new HBox(back, name);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("detail-head");
        HBox.setHgrow(name, Priority.ALWAYS);

        VBox facts = new VBox();
        facts.getStyleClass().add("detail-facts");
        HBox.setHgrow(facts, Priority.ALWAYS);
        // sample rows are marked once, by the page's banner; their links by "链接待核实" beside them
        facts.getChildren().add(fact("facilities.what", row.publicDescription().in(l)));
        facts.getChildren().add(wayThere(row, l));
        facts.getChildren().add(fact("facilities.when", nextOpenDayText(row, l)));
        row.next().ifPresent(d -> facts.getChildren().add(Texts.wrapped(quota(d, l), "card-text")));
        String booking = messages.sentences(java.util.stream.Stream.of(
                row.bookingPhone().map(p -> messages.get("facilities.book.phone", p)).orElse(""),
                row.bookingUrl().isEmpty() ? "" : messages.get(row.linksVerified() ? "facilities.book.scan" : "facilities.book.unverified")).filter(t -> !t.isEmpty()).toList(), l);
        facts.getChildren().add(fact("facilities.how", booking.isEmpty() ? messages.get("facilities.book.none") : booking));
        facts.setId("facility-facts");

        // the photo and the codes stand beside the facts, so they are on screen without scrolling
        VBox column = new VBox(FacilityPhoto.of(row, messages, photos));
        column.getStyleClass().add("qr-column");
        column.setMinWidth(Region.USE_PREF_SIZE);
        if (row.linksVerified()) {
            row.bookingUrl().ifPresent(url -> column.getChildren().add(qr("qr-booking", url, messages.get("facilities.qr.booking"), row.sample())));
            row.virtualTourUrl().ifPresent(url -> column.getChildren().add(qr("qr-tour", url, messages.get("facilities.qr.tour"), row.sample())));
        } else if (row.bookingUrl().isPresent() || row.virtualTourUrl().isPresent()) {
            // no code for a placeholder link: a resident would scan it in vain
            Label unverified = Texts.wrapped(messages.get("facilities.qr.unverified"), "qr-unverified");
            unverified.setId("qr-unverified");
            column.getChildren().add(unverified);
        }
        if (row.virtualTourUrl().isPresent() && row.linksVerified()) {
            facts.getChildren().add(fact("facilities.tour", messages.get("facilities.tour.text")));
        }
        HBox body = new HBox(facts, column);
        body.getStyleClass().add("detail-body");
        content.getChildren().addAll(head, body);
    }

    private String quota(OpenDay d, Language l) {
        String quota = d.quota() > 0 ? messages.get("facilities.quota", Integer.toString(d.quota()))
                : messages.get("facilities.noQuota");
        String note = d.note().in(l);
        return note.isBlank() ? quota : quota + " " + note;
    }

    /** "How to get there": the address, then the way there (bus, metro, on foot) where content gives it. */
    private Node wayThere(FacilityRow row, Language l) {
        Label address = Texts.wrapped(row.facility().address().in(l), "fact-value");
        address.setId("facility-address");
        VBox box = new VBox(Texts.wrapped(messages.get("facilities.way"), "fact-label"), address);
        row.transport().map(t -> t.in(l)).filter(t -> !t.isBlank()).ifPresentOrElse(t -> {
            Label transport = Texts.wrapped(t, "fact-value", "transport");
            transport.setId("facility-transport");
            box.getChildren().add(transport);
        }, () -> box.getChildren().add(Texts.wrapped(messages.get("facilities.way.none"), "card-text")));
        box.getStyleClass().add("fact");
        box.setId("facility-way");
        return box;
    }

    private Node fact(String key, String value) {
        VBox box = new VBox(Texts.wrapped(messages.get(key), "fact-label"), Texts.wrapped(value, "fact-value"));
        box.getStyleClass().add("fact");
        return box;
    }

    /** A code of a verified link with its caption; the code is the one made on the reader thread as the rows arrived. */
    private Node qr(String id, String url, String caption, boolean sample) {
        ImageView image = new ImageView();
        image.setId(id);
        image.setSmooth(false);
        Label label = Texts.wrapped(caption, "qr-caption");
        // the caption wraps under the code, never wider than it
        label.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> image.getImage() == null ? Region.USE_PREF_SIZE : image.getImage().getWidth(), image.imageProperty()));
        codes.code(url).whenMade(made -> made.ifPresent(image::setImage));
        VBox box = new VBox(image, label);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("qr-box");
        if (sample) {
            // placeholder links of sample rows: say so beside the code, not only in the bar
            box.getChildren().add(Texts.chip(messages.get("facilities.qr.sample"), "sample-badge"));
        }
        return box;
    }
}
