package org.ecokiosk.kiosk.i18n;

import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.noise.NoiseGrade;
import org.ecokiosk.standards.noise.NoiseZone;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * The national standards' own words (HJ 633 levels and advice, GB 3838 classes, HJ 640 grades
 * ...) as bilingual texts. The standards package depends on nothing, so it keeps its Chinese
 * and English as separate fields; this is the one place the kiosk pairs them, and screens then
 * say them with {@link LocalizedText#in} like every other bilingual text.
 */
public final class StandardTexts {
    private StandardTexts() {
    }

    /** A sentence the standards give in both languages (method notes, sensitive groups). */
    public static LocalizedText of(org.ecokiosk.standards.air.StandardText text) {
        return LocalizedText.of(text.zh(), text.en());
    }

    /** PM₂.₅ in both languages, after the name: 细颗粒物 PM₂.₅ / PM₂.₅. */
    public static LocalizedText pollutantShort(Pollutant p) {
        return LocalizedText.of(p.nameZh() + " " + p.displayCode(), p.displayCode());
    }

    /** 优, 良 … / Good, Moderate …. */
    public static LocalizedText category(AqiLevel level) {
        return LocalizedText.of(level.categoryZh(), level.categoryEn());
    }

    /** 一级 · 优 / Level 1 · Good. */
    public static LocalizedText levelAndCategory(AqiLevel level) {
        return LocalizedText.of(level.levelZh() + " · " + level.categoryZh(), level.levelEn() + " · " + level.categoryEn());
    }

    public static LocalizedText healthEffect(AqiLevel level) {
        return LocalizedText.of(level.healthEffectZh(), level.healthEffectEn());
    }

    public static LocalizedText advice(AqiLevel level) {
        return LocalizedText.of(level.adviceZh(), level.adviceEn());
    }

    /** 细颗粒物 PM2.5 / Fine particles: Chinese readers get the code they see in the news too. */
    public static LocalizedText pollutant(Pollutant p) {
        return LocalizedText.of(p.nameZh() + " " + p.displayCode(), p.nameEn());
    }

    /** Ⅱ类 / Class II. */
    public static LocalizedText waterClass(WaterClass c) {
        return LocalizedText.of(c.labelZh(), c.labelEn());
    }

    /** Ⅱ类 优 / Class II Excellent: the class with its wording. */
    public static LocalizedText waterClassAndStatus(WaterClass c) {
        return LocalizedText.of(c.labelZh() + " " + c.statusZh(), c.labelEn() + " " + c.statusEn());
    }

    public static LocalizedText waterStatus(WaterClass c) {
        return LocalizedText.of(c.statusZh(), c.statusEn());
    }

    public static LocalizedText parameter(WaterParameter p) {
        return LocalizedText.of(p.nameZh(), p.nameEn());
    }

    /** 一级 · 好 / Grade 1 · Good. */
    public static LocalizedText noiseGrade(NoiseGrade g) {
        return LocalizedText.of(g.gradeZh() + " · " + g.ratingZh(), g.gradeEn() + " · " + g.ratingEn());
    }

    public static LocalizedText zone(NoiseZone z) {
        return LocalizedText.of(z.descriptionZh(), z.descriptionEn());
    }
}
