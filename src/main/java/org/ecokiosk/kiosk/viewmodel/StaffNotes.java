package org.ecokiosk.kiosk.viewmodel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ecokiosk.model.LocalizedText;

/**
 * Sentences in content written for the staff who maintain it ("地址、电话、链接均为示例占位，须经…核实后替换"),
 * not for residents: public screens leave them out. The sample marking itself stays (the
 * screen's 示例数据 note says it in residents' words).
 */
final class StaffNotes {
    private static final List<String> ZH_MARKERS = List.of("示例占位", "核实后替换", "须经");
    private static final List<String> EN_MARKERS = List.of("placeholder", "to be confirmed with", "to be replaced");

    private StaffNotes() {
    }

    /** {@code text} without its staff notes, in both languages. */
    static LocalizedText withoutStaffNotes(LocalizedText text) {
        return LocalizedText.of(zh(text.zh()), en(text.en()));
    }

    static boolean isStaffNote(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return ZH_MARKERS.stream().anyMatch(s::contains) || EN_MARKERS.stream().anyMatch(s::contains);
    }

    /** Chinese sentences end in 。 (clauses of one note may be joined by ；). */
    private static String zh(String text) {
        return Arrays.stream(text.split("(?<=[。！？])")).map(StaffNotes::zhClauses)
                .filter(s -> !s.isBlank()).collect(Collectors.joining());
    }

    private static String zhClauses(String sentence) {
        String body = sentence.replaceAll("[。！？]$", "");
        String kept = Arrays.stream(body.split("[;；]")).filter(c -> !isStaffNote(c)).map(String::strip)
                .collect(Collectors.joining("；"));
        return kept.isBlank() ? "" : kept + (sentence.equals(body) ? "" : "。");
    }

    /**
     * English sentences end in . ! or ? followed by a space; a note may be one clause after a ";".
     * A kept clause keeps its ";" when the sentence goes on, and the sentence keeps its own end:
     * dropping "…; address … placeholders …" ends the sentence at the kept clause, and a kept
     * clause before another kept one is never turned into a sentence of its own ("FYP. combines").
     */
    private static String en(String text) {
        return Arrays.stream(text.strip().split("(?<=[.!?])\\s+")).map(StaffNotes::enClauses)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
    }

    private static String enClauses(String sentence) {
        String end = sentence.matches(".*[.!?]$") ? sentence.substring(sentence.length() - 1) : "";
        String body = sentence.substring(0, sentence.length() - end.length());
        String kept = Arrays.stream(body.split(";")).map(String::strip).filter(c -> !c.isEmpty())
                .filter(c -> !isStaffNote(c)).collect(Collectors.joining("; "));
        return kept.isBlank() ? "" : kept + end;
    }
}
