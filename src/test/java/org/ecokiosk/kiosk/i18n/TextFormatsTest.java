package org.ecokiosk.kiosk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.ecokiosk.model.Language;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.water.WaterClass;
import org.junit.jupiter.api.Test;

/** Dates, lists, numbers and the standards' words in both languages, from one place each. */
class TextFormatsTest {
    private final Messages messages = new Messages();

    @Test
    void datesFollowTheBundlesPatterns() {
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertEquals("2026年3月5日", DateTexts.date(day, Language.ZH));
        assertEquals("5 Mar 2026", DateTexts.date(day, Language.EN));
        assertEquals("3月5日", DateTexts.shortDate(day, Language.ZH));
        assertEquals("5 Mar", DateTexts.shortDate(day, Language.EN));
        assertEquals("2026年3月5日（星期四）", DateTexts.dateWithWeekday(day, Language.ZH));
        assertEquals("Thursday 5 Mar 2026", DateTexts.dateWithWeekday(day, Language.EN));
    }

    @Test
    void listsAndSentencesAreJoinedAsEachLanguageWritesThem() {
        assertEquals("氨氮、总磷", messages.list(List.of("氨氮", "总磷"), Language.ZH));
        assertEquals("ammonia, phosphorus", messages.list(List.of("ammonia", "phosphorus"), Language.EN));
        assertEquals("打电话。也可以扫码。", messages.sentences(List.of("打电话。", "也可以扫码。"), Language.ZH));
        assertEquals("Call. Or scan.", messages.sentences(List.of("Call.", "Or scan."), Language.EN));
    }

    @Test
    void numbersAreFixedForFiguresAndPlainForTargets() {
        assertEquals("65.6", FigureFormat.fixed(65.55, 1));
        assertEquals("312", FigureFormat.fixed(312.4, 0));
        assertEquals("", FigureFormat.fixed(OptionalDouble.empty(), 1));
        assertEquals("30", FigureFormat.plain(30.0));
        assertEquals("9.4", FigureFormat.plain(9.40));
        assertEquals("", FigureFormat.plain(OptionalDouble.empty()));
    }

    @Test
    void theStandardsWordsAreBilingualTexts() {
        AqiLevel good = AqiLevel.of(42);
        assertEquals(good.categoryZh(), StandardTexts.category(good).in(Language.ZH));
        assertEquals(good.categoryEn(), StandardTexts.category(good).in(Language.EN));
        assertEquals(good.levelEn() + " · " + good.categoryEn(), StandardTexts.levelAndCategory(good).in(Language.EN));
        assertEquals(Pollutant.PM2_5.nameZh() + " " + Pollutant.PM2_5.displayCode(),
                StandardTexts.pollutant(Pollutant.PM2_5).in(Language.ZH));
        assertEquals(Pollutant.PM2_5.nameEn(), StandardTexts.pollutant(Pollutant.PM2_5).in(Language.EN));
        assertEquals(WaterClass.III.labelEn() + " " + WaterClass.III.statusEn(),
                StandardTexts.waterClassAndStatus(WaterClass.III).in(Language.EN));
        assertEquals(WaterClass.III.labelZh() + "或更好",
                messages.get(Language.ZH, "water.orBetter", StandardTexts.waterClass(WaterClass.III).in(Language.ZH)));
    }

    @Test
    void theLanguageButtonGoesToTheOtherLanguageAndBack() {
        assertEquals(Language.ZH, messages.language());
        messages.switchLanguage();
        assertEquals(Language.EN, messages.language());
        messages.switchLanguage();
        assertEquals(Language.ZH, messages.language());
    }

    @Test
    void aBundleTextInEveryLanguage() {
        assertEquals("首页", messages.localized("bar.home").in(Language.ZH));
        assertEquals("Home", messages.localized("bar.home").in(Language.EN));
    }
}
