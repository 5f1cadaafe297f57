package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.validation.ValidationContainer;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.CaptionSide;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfua.checkers.PdfUA1Checker;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * An archival, accessible PDF: PDF/A-2u and PDF/UA-1 at once, in Chinese, byte-for-byte
 * reproducible from the same inputs.
 *
 * <p>Build one with {@link #build} or {@link #write}, adding content in reading order in the
 * callback. Headings become H1–H3 structure elements and bookmarks; tables get header cells
 * with scopes; charts become vector figures with alternative text; every page gets a
 * "第 n 页 / 共 N 页" footer and, for sample data, the running banner (see
 * {@link PageDecorations} for how that stays PDF/UA-valid).
 */
public final class ArchivalPdf {

    private static final float BODY_FONT_SIZE = 10.5f;
    private static final float NOTE_FONT_SIZE = 8.5f;
    private static final float TABLE_FONT_SIZE = 9.5f;
    private static final float CHART_ASPECT = 0.58f;
    /** Prescribed forms (table 三 has 26 rows) read best whole; they fit one A4 page. */
    private static final int MAX_GRID_ROWS_KEPT_TOGETHER = 30;
    private static final DeviceRgb HEADER_CELL_BACKGROUND = new DeviceRgb(0xE6, 0xEC, 0xF4);
    private static final DeviceRgb RULE_COLOUR = new DeviceRgb(0x9A, 0x9A, 0x9A);
    /** The cells' rules, drawn in runs by the tables' renderers ({@link TableRules}); a border is immutable, so one serves every cell. */
    private static final TableRules.Rule RULE = new TableRules.Rule(RULE_COLOUR, 0.5f);
    private static final DeviceRgb NOTE_TEXT = new DeviceRgb(0x33, 0x33, 0x33);
    /** Cells that read as a figure ("35", "-2.5%", "≤ 34") are right-aligned so digits line up. */
    private static final Pattern NUMERIC_CELL = Pattern.compile("^([≤≥<>~±+-]?\\s*[0-9][0-9,.]*\\s*%?|—)$");

    private final ArchivalPdfSettings settings;
    private final ReproduciblePdfADocument pdf;
    private final Document document;
    private final PdfFont regular;
    private final PdfFont bold;
    private final PageGeometry geometry = PageGeometry.a4();
    private final PdfOutline outlineRoot;
    private final GlyphForms chartGlyphs;
    /** Where a table cell's single line sits, per font, size and leading (measured once per document). */
    private final CellLineMetrics cellLines;
    private PdfOutline lastH1;
    private PdfOutline lastH2;
    private int headingCount;
    private int footnoteCount;

    private ArchivalPdf(OutputStream out, ArchivalPdfSettings settings, CellLineMetrics cellLines) {
        this.settings = settings;
        this.cellLines = cellLines;
        ReproducibleStamp stamp = settings.stamp();
        byte[] id = stamp.documentId();
        WriterProperties properties = new WriterProperties()
                .addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1)
                .setInitialDocumentId(new PdfString(id).setHexWriting(true))
                .setModifiedDocumentId(new PdfString(id).setHexWriting(true));
        pdf = new ReproduciblePdfADocument(new DeterministicSubsetPrefixWriter(out, properties, id),
                PdfAConformance.PDF_A_2U, srgbOutputIntent());
        // Order matters: the PDF/UA checker refuses an untagged document.
        pdf.setTagged();
        pdf.getDiContainer().getInstance(ValidationContainer.class).addChecker(new PdfUA1Checker(pdf));
        describe(settings.metadata(), stamp);

        regular = ArchivalFonts.regular();
        bold = ArchivalFonts.bold();
        document = new Document(pdf, geometry.pageSize(), false);
        document.setRenderer(new OpenPagesRenderer(document));
        document.setMargins(geometry.top(), geometry.right(), geometry.bottom(), geometry.left());
        document.setFont(regular);
        document.setFontSize(BODY_FONT_SIZE);
        document.setSplitCharacters(new ChineseLineBreaks());
        outlineRoot = pdf.getOutlines(false);
        chartGlyphs = PdfCanvasGraphics.glyphForms(pdf);
        if (settings.sampleData()) {
            addFirstPageBanner();
        }
    }

    /** Builds the document in memory and returns its bytes. */
    public static byte[] build(ArchivalPdfSettings settings, Consumer<ArchivalPdf> body) {
        return build(settings, body, new CellLineMetrics());
    }

    /**
     * Builds the document with {@code cellLines} for its table cells: with metrics that set no
     * line, every cell is laid out by iText's paragraph layout (what the direct setting is checked against).
     */
    static byte[] build(ArchivalPdfSettings settings, Consumer<ArchivalPdf> body, CellLineMetrics cellLines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        ArchivalPdf doc = new ArchivalPdf(out, settings, cellLines);
        body.accept(doc);
        doc.finish();
        return out.toByteArray();
    }

    /**
     * Builds the document, writes it to {@code pdfFile} (atomically: readers never see half a
     * file) and writes {@code pdfFile.sha256} beside it.
     *
     * @return the SHA-256 of the written PDF, hex
     */
    public static String write(Path pdfFile, ArchivalPdfSettings settings, Consumer<ArchivalPdf> body)
            throws IOException {
        byte[] bytes = build(settings, body);
        Path dir = pdfFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, pdfFile.getFileName().toString(), ".part");
        try {
            Files.write(partial, bytes);
            org.ecokiosk.snapshot.AtomicFiles.readableByAll(partial);
            Files.move(partial, pdfFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        Sha256Sidecar.writeBeside(pdfFile);
        return Sha256Sidecar.sha256Hex(bytes);
    }

    /** Width available to body content, in points. */
    public float contentWidth() {
        return geometry.contentWidth();
    }

    public ArchivalPdf h1(String text) {
        return heading(HeadingLevel.H1, text);
    }

    public ArchivalPdf h2(String text) {
        return heading(HeadingLevel.H2, text);
    }

    public ArchivalPdf h3(String text) {
        return heading(HeadingLevel.H3, text);
    }

    /** A heading, tagged with its level and listed in the bookmarks under its parent heading. */
    public ArchivalPdf heading(HeadingLevel level, String text) {
        return heading(level, text, text);
    }

    /** {@code shown} is {@code text} as set on the page, perhaps with a chosen line break; the outline says {@code text}. */
    private ArchivalPdf heading(HeadingLevel level, String text, String shown) {
        String destination = "heading-" + (++headingCount);
        Paragraph heading = OfficialText.paragraph(shown, level.fontSize)
                .setFont(bold)
                .setMarginTop(level.spaceBefore)
                .setMarginBottom(level.spaceAfter)
                .setKeepWithNext(true);
        heading.setDestination(destination);
        heading.getAccessibilityProperties().setRole(level.role);
        document.add(heading);

        PdfOutline parent = switch (level) {
            case H1 -> outlineRoot;
            case H2 -> lastH1 != null ? lastH1 : outlineRoot;
            case H3 -> lastH2 != null ? lastH2 : lastH1 != null ? lastH1 : outlineRoot;
        };
        PdfOutline entry = parent.addOutline(OfficialText.punctuate(text));
        entry.addDestination(PdfDestination.makeDestination(new PdfString(destination)));
        if (level == HeadingLevel.H1) {
            lastH1 = entry;
            lastH2 = null;
        } else if (level == HeadingLevel.H2) {
            lastH2 = entry;
        }
        return this;
    }

    /** A body paragraph. */
    public ArchivalPdf paragraph(String text) {
        document.add(neverOneLineAlone(OfficialText.paragraph(text, BODY_FONT_SIZE).setMultipliedLeading(1.5f)
                .setMarginBottom(6f)));
        return this;
    }

    /** A page never holds just one line of a paragraph, at its foot (an orphan) or its head (a widow). */
    private static Paragraph neverOneLineAlone(Paragraph p) {
        return p.setOrphansControl(new ParagraphOrphansControl(2)).setWidowsControl(new ParagraphWidowsControl(2, 1, false));
    }

    /** A data table; its header row repeats (as an artifact) when it breaks across pages. */
    public ArchivalPdf table(DataTable data) {
        int columns = data.columnHeaders().size();
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = data.relativeColumnWidths().isEmpty() ? 1f : data.relativeColumnWidths().get(i);
        }
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout();
        table.setMarginTop(4f).setMarginBottom(10f).setFontSize(TABLE_FONT_SIZE);
        table.setCaption(caption(data.caption()), CaptionSide.TOP);
        for (String header : data.columnHeaders()) {
            Cell cell = cell(header, true).setBackgroundColor(HEADER_CELL_BACKGROUND);
            cell.getAccessibilityProperties().setRole(StandardRoles.TH)
                    .addAttributes(scope("Column"));
            table.addHeaderCell(cell);
        }
        for (List<String> row : data.rows()) {
            for (int c = 0; c < columns; c++) {
                boolean rowHeader = c == 0 && data.firstColumnIsRowHeader();
                Cell cell = cell(row.get(c), rowHeader);
                if (rowHeader) {
                    cell.getAccessibilityProperties().setRole(StandardRoles.TH).addAttributes(scope("Row"));
                }
                table.addCell(cell);
            }
        }
        // Breaks between rows with at least two rows on each side (RowBalancedTableRenderer): a
        // short table kept whole would leave up to half a page empty, one orphan row is hard to read.
        // Made once every cell is in: the renderer takes the table's rows when it is made.
        table.setNextRenderer(new RowBalancedTableRenderer(table,
                geometry.pageSize().getHeight() - geometry.top() - geometry.bottom()));
        ruledHeader(table);
        document.add(table);
        return this;
    }

    /**
     * A table with merged cells and several header rows ({@link GridTable}), its header rows
     * repeated when it breaks: a form that names where it may break breaks only there
     * ({@link FormBreaksTableRenderer}); any other is kept on one page when it fits on one.
     */
    public ArchivalPdf grid(GridTable data) {
        float[] widths = new float[data.columns()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = data.relativeColumnWidths().get(i);
        }
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout();
        table.setMarginTop(4f).setMarginBottom(10f).setFontSize(data.fontSize());
        table.setKeepTogether(data.breaksBefore().isEmpty() && data.bodyRows().size() <= MAX_GRID_ROWS_KEPT_TOGETHER);
        if (!data.caption().isBlank()) {
            table.setCaption(caption(data.caption()), CaptionSide.TOP);
        }
        for (List<GridCell> row : data.headerRows()) {
            for (GridCell cell : row) {
                table.addHeaderCell(gridCell(cell, data.fontSize()));
            }
        }
        for (List<GridCell> row : data.bodyRows()) {
            for (GridCell cell : row) {
                table.addCell(gridCell(cell, data.fontSize()));
            }
        }
        // made once every cell is in: the renderer takes the table's rows when it is made
        table.setNextRenderer(data.breaksBefore().isEmpty() ? new TableRules.RuledTableRenderer(table)
                : new FormBreaksTableRenderer(table, data.breaksBefore(),
                        geometry.pageSize().getHeight() - geometry.top() - geometry.bottom()));
        ruledHeader(table);
        document.add(table);
        return this;
    }

    /** Centred title lines under the document's H1, e.g. the issuing body and the data date. */
    public ArchivalPdf titleBlock(String title, List<String> lines) {
        return titleBlock(title, title.length(), lines);
    }

    /**
     * As {@link #titleBlock(String, List)}, the title set in two lines at {@code breakAt} when it
     * is longer than one line — a long title such as 「…生态环境局 / 2025年政府信息公开工作年度报告」
     * breaks after the issuing body as official documents set it, not wherever the line ends
     * (which left 「报告」 alone on the second line).
     */
    public ArchivalPdf titleBlock(String title, int breakAt, List<String> lines) {
        boolean twoLines = breakAt > 0 && breakAt < title.length() && bold.getWidth(title, HeadingLevel.H1.fontSize)
                > geometry.pageSize().getWidth() - geometry.left() - geometry.right();
        heading(HeadingLevel.H1, title, twoLines ? title.substring(0, breakAt) + "\n" + title.substring(breakAt) : title);
        for (String line : lines) {
            document.add(OfficialText.paragraph(line, 10.5f).setTextAlignment(TextAlignment.CENTER)
                    .setMarginTop(0f).setMarginBottom(2f));
        }
        document.add(new Paragraph("").setMarginBottom(8f));
        return this;
    }

    /** A short line in small print, e.g. a data source or a method note, without a number. */
    public ArchivalPdf smallPrint(String text) {
        document.add(neverOneLineAlone(OfficialText.paragraph(text, NOTE_FONT_SIZE).setFontColor(NOTE_TEXT)
                .setMultipliedLeading(1.3f).setMarginTop(0f).setMarginBottom(6f)));
        return this;
    }

    /**
     * A numbered note ("注 1：…") in small print where it is called — below the table or
     * paragraph it explains. Tagged as a Note with a unique ID, as PDF/UA requires.
     *
     * @return the note's number, for a "（注 1）" reference in the text
     */
    public int footnote(String text) {
        int number = ++footnoteCount;
        Paragraph note = neverOneLineAlone(OfficialText.paragraph("注 " + number + "：" + text, NOTE_FONT_SIZE))
                .setFontColor(NOTE_TEXT)
                .setMultipliedLeading(1.3f)
                .setMarginTop(0f)
                .setMarginBottom(4f);
        note.getAccessibilityProperties().setRole(StandardRoles.NOTE).setStructureElementIdString("note-" + number);
        document.add(note);
        return number;
    }

    /** A chart as a vector figure across the content width. */
    public ArchivalPdf chart(JFreeChart chart, String altText, String caption) {
        float width = contentWidth();
        return chart(chart, width, width * CHART_ASPECT, altText, caption);
    }

    /**
     * A chart as a vector figure with a caption below it.
     *
     * @param altText what a screen reader says instead of the picture: the message of the
     *     chart and its key figures, not "a chart"; required
     */
    public ArchivalPdf chart(JFreeChart chart, float widthPt, float heightPt, String altText, String caption) {
        if (altText == null || altText.isBlank()) {
            throw new IllegalArgumentException("a chart needs alternative text (PDF/UA 7.3)");
        }
        // drawn at the height the page leaves it (FittingChartRenderer): no half-empty page before a figure
        FittingChartRenderer.ChartImage image = new FittingChartRenderer.ChartImage(widthPt, heightPt, altText,
                h -> VectorChart.toFormXObject(chart, widthPt, h, pdf, chartGlyphs));
        Paragraph captionLine = OfficialText.paragraph(caption, 9.5f)
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(2f);
        Div figure = new Div().setKeepTogether(true).setMarginTop(6f).setMarginBottom(10f).add(image).add(captionLine);
        figure.setNextRenderer(new FittingChartRenderer(figure, image));
        document.add(figure);
        return this;
    }

    public ArchivalPdf pageBreak() {
        document.add(new AreaBreak());
        return this;
    }

    private void finish() {
        new PageDecorations(regular, geometry).decorate(pdf, settings.sampleData());
        document.close();
    }

    /**
     * Page 1 carries the sample banner as ordinary tagged text, first in reading order, so a
     * screen reader announces it exactly once; later pages repeat it as artifacts. The band
     * behind the text is an artifact on every page, page 1 included.
     */
    private void addFirstPageBanner() {
        Rectangle band = geometry.bannerBox(geometry.pageSize());
        Paragraph banner = new Paragraph(ArchivalPdfSettings.SAMPLE_BANNER)
                .setFontSize(PageDecorations.BANNER_FONT_SIZE)
                .setFontColor(PageDecorations.BANNER_TEXT)
                .setTextAlignment(TextAlignment.CENTER)
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setMargin(0f)
                .setPadding(0f)
                .setHeight(band.getHeight())
                .setFixedPosition(1, band.getX(), band.getY(), band.getWidth());
        document.add(banner);
    }

    /** The header rows' rules drawn in runs too ({@link TableRules}), once every header cell is in. */
    private static void ruledHeader(Table table) {
        Table header = table.getHeader();
        if (header != null) {
            header.setNextRenderer(new TableRules.RuledTableRenderer(header));
        }
    }

    /** A table's caption, bold and centred above it; the tables are as wide as the content. */
    private Div caption(String text) {
        return new TableCaption(OfficialText.paragraph(text, 10f).setFont(bold).setTextAlignment(TextAlignment.CENTER)
                .setMarginBottom(3f), bold, contentWidth());
    }

    private Cell gridCell(GridCell spec, float fontSize) {
        boolean header = spec.role() != GridCell.Role.DATA;
        Paragraph content = OfficialText.paragraph(new CellText(cellLines), spec.text(), fontSize)
                .setMultipliedLeading(1.2f);
        if (header) {
            content.setFont(bold);
        }
        // Narrow horizontal padding: prescribed forms have many narrow columns.
        Cell cell = new Cell(spec.rowspan(), spec.colspan()).add(content).setPaddingTop(2.5f).setPaddingBottom(2.5f)
                .setPaddingLeft(1.5f).setPaddingRight(1.5f)
                .setBorder(RULE).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setKeepTogether(true);
        switch (spec.role()) {
            case COLUMN_HEADER -> {
                cell.setBackgroundColor(HEADER_CELL_BACKGROUND).setTextAlignment(TextAlignment.CENTER);
                cell.getAccessibilityProperties().setRole(StandardRoles.TH).addAttributes(scope("Column"));
            }
            case ROW_HEADER -> cell.getAccessibilityProperties().setRole(StandardRoles.TH).addAttributes(scope("Row"));
            case DATA -> cell.setTextAlignment(NUMERIC_CELL.matcher(spec.text().strip()).matches()
                    ? TextAlignment.CENTER : TextAlignment.LEFT);
        }
        return cell;
    }

    private Cell cell(String text, boolean emphasised) {
        Paragraph content = OfficialText.paragraph(new CellText(cellLines), text, TABLE_FONT_SIZE)
                .setMultipliedLeading(1.25f);
        if (emphasised) {
            content.setFont(bold);
        }
        // The cell's text is tagged straight into its TD/TH: a P inside every cell doubled the
        // structure elements of a table (and the work of tagging, flushing and checking them).
        content.getAccessibilityProperties().setRole(null);
        // A row never splits across pages: half a row on each page misreads as two rows.
        Cell cell = new Cell().add(content).setPadding(3f).setBorder(RULE)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setKeepTogether(true);
        if (NUMERIC_CELL.matcher(text.strip()).matches()) {
            cell.setTextAlignment(TextAlignment.RIGHT);
        }
        return cell;
    }

    private static PdfStructureAttributes scope(String scope) {
        return new PdfStructureAttributes("Table").addEnumAttribute("Scope", scope);
    }

    private void describe(DocumentMetadata metadata, ReproducibleStamp stamp) {
        pdf.getCatalog().setLang(new PdfString(metadata.language()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        pdf.getCatalog().setPageMode(PdfName.UseOutlines);
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setKeywords(metadata.keywordsLine());
        info.setCreator("eco-kiosk");
        // iText stamped the wall clock here when the document opened; the XMP copies these
        // values at close, so overriding them now fixes both.
        PdfDictionary dictionary = infoDictionary(info);
        dictionary.put(PdfName.CreationDate, new PdfDate(GregorianCalendar.from(stamp.created())).getPdfObject());
        dictionary.put(PdfName.ModDate, new PdfDate(GregorianCalendar.from(stamp.modified())).getPdfObject());
    }

    /**
     * The Info dictionary itself. iText offers dates only as "now" (addCreationDate) or as
     * UTF-16 strings (setMoreInfo); a fixed date in the usual ASCII form needs the dictionary,
     * whose getter is package-private — hence reflection, on the classpath where it is allowed.
     */
    private static PdfDictionary infoDictionary(PdfDocumentInfo info) {
        try {
            java.lang.reflect.Method getter = PdfDocumentInfo.class.getDeclaredMethod("getPdfObject");
            getter.setAccessible(true);
            return (PdfDictionary) getter.invoke(info);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot fix the PDF dates: iText's PdfDocumentInfo changed", e);
        }
    }

    /** The JDK's built-in sRGB profile: no file to ship, and the same bytes on every build. */
    private static PdfOutputIntent srgbOutputIntent() {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(icc));
    }
}
