package org.ecokiosk.model.disclosure;

import java.util.List;

/**
 * The prose of one year's report, paragraph by paragraph (a list item is a paragraph that
 * starts with its marker).
 *
 * @param organ the reporting body, e.g. "重庆市沙坪坝区生态环境局"; the title is built from it
 * @param overview 一、总体情况
 * @param problems 五、存在的主要问题及改进情况
 * @param otherMatters 六、其他需要报告的事项
 * @param sample true when the text is a sample
 */
public record DisclosureText(String organ, List<String> overview, List<String> problems,
                             List<String> otherMatters, boolean sample) {
    public DisclosureText {
        if (organ == null || organ.isBlank()) {
            throw new IllegalArgumentException("the report needs the name of the reporting body");
        }
        overview = List.copyOf(overview);
        problems = List.copyOf(problems);
        otherMatters = List.copyOf(otherMatters);
    }
}
