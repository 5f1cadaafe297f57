package org.ecokiosk.kiosk.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.evaluation.TargetStatus;
import org.junit.jupiter.api.Test;

/** What an indicator tile says, as plain strings: no JavaFX toolkit needed. */
class IndicatorTextsTest {
    private final Messages messages = new Messages();
    private final IndicatorTexts texts = new IndicatorTexts(messages);

    private static IndicatorFigure builtUpGreen(Optional<IndicatorFigure.Reading> latest) {
        return new IndicatorFigure(LocalizedText.of("建成区绿化覆盖率", "Built-up green cover"), "%", latest,
                Optional.of(IndicatorFigure.Target.of("≥", 40.0)), TargetStatus.NOT_MET);
    }

    @Test
    void aMeasuredFigureIsRoundedAndCarriesItsUnitYearAndTarget() {
        IndicatorFigure f = builtUpGreen(Optional.of(IndicatorFigure.Reading.of(36.54, 1, 2025, true)));
        assertEquals("36.5 %", texts.value(f, Language.ZH).orElseThrow());
        assertEquals("2025 年", texts.year(f, Language.ZH).orElseThrow());
        assertEquals("in 2025", texts.year(f, Language.EN).orElseThrow());
        assertEquals("≥ 40 %", texts.targetValue(f, Language.EN).orElseThrow(), "a target as the plan writes it");
        assertEquals("2025 年目标：≥ 40 %", texts.target(f, Language.ZH).orElseThrow());
        assertEquals("2025 target: ≥ 40 %", texts.target(f, Language.EN).orElseThrow());
        assertEquals("未达到", texts.status(f, Language.ZH));
        assertEquals("Not yet met", texts.status(f, Language.EN));
        assertEquals("Built-up green cover", texts.name(f, Language.EN));
        assertTrue(f.isSample());
    }

    @Test
    void unitsAreSaidInTheVisitorsLanguage() {
        IndicatorFigure goodDays = new IndicatorFigure(LocalizedText.of("优良天数", "Good days"), "天",
                Optional.of(IndicatorFigure.Reading.of(312, 0, 2025, false)),
                Optional.of(IndicatorFigure.Target.of("≥", 300)), TargetStatus.MET);
        assertEquals("312 天", texts.value(goodDays, Language.ZH).orElseThrow());
        assertEquals("312 days", texts.value(goodDays, Language.EN).orElseThrow());
        assertEquals("≥ 300 days", texts.targetValue(goodDays, Language.EN).orElseThrow());
        assertFalse(goodDays.isSample());
    }

    @Test
    void wordsStayAsWrittenAndMissingPartsAreEmpty() {
        IndicatorFigure words = new IndicatorFigure(LocalizedText.of("单位GDP二氧化碳排放降低", ""), "%",
                Optional.of(new IndicatorFigure.Reading("完成市级下达目标", OptionalInt.empty(), false)),
                Optional.empty(), TargetStatus.SET_BY_CITY);
        assertEquals("完成市级下达目标", texts.value(words, Language.ZH).orElseThrow(), "no unit after words");
        assertTrue(texts.year(words, Language.ZH).isEmpty());
        assertTrue(texts.target(words, Language.EN).isEmpty());
        assertEquals("Set by the city", texts.status(words, Language.EN));

        IndicatorFigure none = builtUpGreen(Optional.empty());
        assertTrue(texts.value(none, Language.ZH).isEmpty());
        assertTrue(texts.year(none, Language.ZH).isEmpty());
        assertEquals(messages.get(Language.ZH, "env.noData"), texts.noData(Language.ZH));
        assertFalse(none.isSample());
    }

    @Test
    void aTargetWithoutDirectionHasNoLeadingSpace() {
        IndicatorFigure f = new IndicatorFigure(LocalizedText.of("x", "x"), "%", Optional.empty(),
                Optional.of(new IndicatorFigure.Target("", "100")), TargetStatus.NO_DATA);
        assertEquals("100 %", texts.targetValue(f, Language.ZH).orElseThrow());
    }

    @Test
    void statusChipsHaveOneStyleClassPerStatus() {
        assertEquals("status-met", IndicatorTexts.statusStyle(TargetStatus.MET));
        assertEquals("status-set-by-city", IndicatorTexts.statusStyle(TargetStatus.SET_BY_CITY));
    }

    @Test
    void cardsStackOneToARowOnNarrowPages() {
        assertEquals(2, Columns.cardsPerRow(96), "1920 px at 20 px");
        assertEquals(1, Columns.cardsPerRow(1280 / 30.0), "1280 px in 大字");
        assertEquals(1, Columns.cardsPerRow(1080 / 20.0), "portrait 1080 px");
    }
}
