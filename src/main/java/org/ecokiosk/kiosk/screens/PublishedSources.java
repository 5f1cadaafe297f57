package org.ecokiosk.kiosk.screens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.LocalizedText;

/**
 * "2022 年数字来源：《2022年沙坪坝区环境状况公报》（区政府公开发布）": one line per document for the
 * years of a series the evaluation layer took from a document the district published. Which
 * figure is a published one is decided there ({@code YearFigure.document}); this only says it.
 */
final class PublishedSources {
    private PublishedSources() {
    }

    /** Node ids {@code <id>-published-<n>}. */
    static List<Label> lines(String id, List<YearValue> years, Messages messages, Language l) {
        Map<LocalizedText, List<String>> byDocument = new LinkedHashMap<>();
        for (YearValue v : YearValue.published(years)) {
            byDocument.computeIfAbsent(v.publishedIn().orElseThrow(), d -> new java.util.ArrayList<>())
                    .add(Integer.toString(v.year()));
        }
        List<Map.Entry<LocalizedText, List<String>>> documents = List.copyOf(byDocument.entrySet());
        return java.util.stream.IntStream.range(0, documents.size()).mapToObj(i -> {
            Map.Entry<LocalizedText, List<String>> e = documents.get(i);
            Label line = Texts.wrapped(messages.get(l, "env.publishedSource", messages.list(e.getValue(), l),
                    e.getKey().in(l)), "row-muted");
            line.setId(id + "-published-" + i);
            return line;
        }).collect(Collectors.toList());
    }
}
