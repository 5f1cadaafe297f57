package org.ecokiosk.ingest.disclosure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.disclosure.DisclosureData;
import org.ecokiosk.model.disclosure.DisclosureFigures;
import org.ecokiosk.model.disclosure.DisclosureText;

/**
 * One year's disclosure input: {@code content/disclosure/YYYY.csv} (figures) and the
 * {@code YYYY.md} beside it (text). Both are read to the end and every problem is listed.
 */
public final class DisclosureFiles {
    private DisclosureFiles() {
    }

    /** The usual place of a year's figures under a content folder. */
    public static Path defaultCsv(Path contentDir, int year) {
        return contentDir.resolve("disclosure").resolve(year + ".csv");
    }

    /** The text file beside a figures file: same name, .md. */
    public static Path textBeside(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return csv.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".md");
    }

    public static DisclosureData read(Path csv, int year) throws ImportFailedException {
        Problems problems = new Problems();
        Path md = textBeside(csv);
        if (!Files.isRegularFile(csv)) {
            problems.add(Problem.ofFile(csv.toString(), "找不到政府信息公开年报数据文件（格式见 docs/DISCLOSURE-DATA.md）",
                    "no disclosure figures file (layout in docs/DISCLOSURE-DATA.md)"));
        }
        if (!Files.isRegularFile(md)) {
            problems.add(Problem.ofFile(md.toString(), "找不到年报文字部分（一、五、六），应与数据文件同名、扩展名为 .md",
                    "no text part (sections 一, 五, 六): expected a .md file with the same name beside the CSV"));
        }
        problems.throwIfAny();
        Optional<DisclosureFigures> figures = DisclosureCsv.read(csv, year, problems);
        Optional<DisclosureText> text = DisclosureMarkdown.read(md, year, problems);
        problems.throwIfAny();
        return new DisclosureData(figures.orElseThrow(), text.orElseThrow());
    }
}
