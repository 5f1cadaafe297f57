package org.ecokiosk.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A text file that staff exported, opened for streaming: the encoding is decided by one pass
 * over the bytes ({@link EncodingScan}: UTF-8 with or without BOM, else GBK — what Excel writes
 * on a Chinese Windows), then the text is decoded as it is read, so a 60 MB file never sits in
 * memory as bytes or as a string. Read as CSV ({@link #records()}), every record knows its line.
 */
public final class TextFile implements AutoCloseable {
    public static final Charset GBK = Charset.forName("GBK");

    private final String fileName;
    private final String encoding;
    private final DecodingReader reader;
    private java.util.Optional<CsvRecords> records = java.util.Optional.empty();

    private TextFile(String fileName, String encoding, DecodingReader reader) {
        this.fileName = fileName;
        this.encoding = encoding;
        this.reader = reader;
    }

    /**
     * Opens {@code file} or adds a problem and returns empty: missing, larger than {@code maxBytes}
     * ({@code tooLarge} says why in both languages), empty, UTF-16, or damaged UTF-8 (naming the line).
     */
    public static Optional<TextFile> open(Path file, long maxBytes, Problem tooLarge, Problems problems) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.add(tooLarge);
                return Optional.empty();
            }
            if (size == 0) {
                problems.add(Problem.ofFile(name, "文件是空的（0 字节）", "the file is empty (0 bytes)"));
                return Optional.empty();
            }
            EncodingScan scan;
            try (InputStream in = Files.newInputStream(file)) {
                scan = EncodingScan.of(in);
            }
            if (scan.bom() == EncodingScan.Bom.UTF16 || scan.bom() == EncodingScan.Bom.NONE && scan.looksUtf16()) {
                problems.add(Problem.ofFile(name, "这个文件是 UTF-16 编码（Excel 的“Unicode 文本”），请另存为“CSV UTF-8（逗号分隔）”",
                        "this file is UTF-16 (Excel's 'Unicode Text'); save it as 'CSV UTF-8 (comma delimited)'"));
                return Optional.empty();
            }
            Charset charset;
            String encoding;
            if (scan.validUtf8()) {
                charset = StandardCharsets.UTF_8;
                encoding = scan.bom() == EncodingScan.Bom.UTF8 ? "UTF-8 (BOM)" : "UTF-8";
            } else if (scan.bom() == EncodingScan.Bom.UTF8 || scan.damagedUtf8()) {
                problems.add(new Problem(name, scan.firstInvalidLine(), 0, "",
                        "第 " + scan.firstInvalidLine() + " 行有损坏的 UTF-8 字节（文件是 UTF-8，但这里的字节不完整），"
                                + "请在编辑器中修正这一行或重新导出文件",
                        "line " + scan.firstInvalidLine() + " holds a damaged UTF-8 byte sequence (the file is UTF-8 but "
                                + "these bytes are broken); fix that line or export the file again"));
                return Optional.empty();
            } else if (scan.firstGbkInvalidLine() > 0) {
                int line = scan.firstGbkInvalidLine();
                problems.add(new Problem(name, line, 0, "", "第 " + line + " 行的字节既不是有效的 UTF-8 也不是有效的 GBK，请另存为 UTF-8 CSV",
                        "line " + line + " holds bytes that are neither UTF-8 nor GBK; save the file as UTF-8 CSV"));
                return Optional.empty();
            } else {
                charset = GBK;
                encoding = "GBK";
            }
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            InputStream in = Files.newInputStream(file);
            if (scan.bom() == EncodingScan.Bom.UTF8) {
                in.skipNBytes(3);
            }
            return Optional.of(new TextFile(name, encoding, new DecodingReader(in, decoder)));
        } catch (IOException e) {
            problems.add(Problem.ofFile(name, "无法读取文件（" + Excerpt.reason(e) + "）",
                    "cannot read the file (" + Excerpt.reason(e) + ")"));
            return Optional.empty();
        }
    }

    /**
     * A small file's whole text (Markdown pages, disclosure text), decoded by the same rules, or
     * empty with a problem. Line breaks are kept as they are.
     */
    public static Optional<String> readAll(Path file, long maxBytes, Problems problems) {
        String name = file.toString();
        Optional<TextFile> opened = open(file, maxBytes, Problem.ofFile(name, "文件太大（上限 " + maxBytes / (1024 * 1024)
                + " MB），请确认选对了文件", "the file is too large (limit " + maxBytes / (1024 * 1024) + " MB); is it the right file?"),
                problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (TextFile text = opened.get()) {
            StringBuilder all = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = text.reader().read(buf)) > 0) {
                all.append(buf, 0, n);
            }
            return Optional.of(all.toString());
        } catch (IOException e) {
            problems.add(opened.get().readProblem(e));
            return Optional.empty();
        }
    }

    public String fileName() {
        return fileName;
    }

    public String encoding() {
        return encoding;
    }

    /** The decoded text, read once from start to end (either this or {@link #records()}). */
    public Reader reader() {
        return reader;
    }

    /** The text as CSV records, each with its line (either this or {@link #reader()}). */
    public CsvRecords records() {
        if (records.isEmpty()) {
            records = Optional.of(new CsvRecords(reader));
        }
        return records.get();
    }

    /** The line being read now: where a failure happened. */
    public int currentLine() {
        return records.map(CsvRecords::currentLine).orElse(reader.newlinesServed + 1);
    }

    /**
     * The problem for a failure while reading: bytes that are not valid in the file's encoding
     * (naming their line), malformed CSV (naming the line the broken record starts on), or a read
     * error. Never the raw text.
     */
    public Problem readProblem(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof UndecodableException bad) {
                String zh = encoding.equals("GBK") ? "既不是有效的 UTF-8 也不是有效的 GBK" : "不是有效的 UTF-8";
                String en = encoding.equals("GBK") ? "neither UTF-8 nor GBK" : "not valid UTF-8";
                return new Problem(fileName, bad.line, 0, "", "第 " + bad.line + " 行的字节" + zh + "，请另存为 UTF-8 CSV",
                        "line " + bad.line + " holds bytes that are " + en + "; save the file as UTF-8 CSV");
            }
        }
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof CsvRecords.MalformedException bad) {
                int line = bad.line();
                if (bad.kind() == CsvRecords.MalformedException.Kind.UNCLOSED_QUOTE) {
                    return new Problem(fileName, line, 0, "", "从第 " + line + " 行开始的带引号单元格一直没有结束（文件被截断，或少了一个引号）",
                            "the quoted cell starting on line " + line + " never ends (was the file cut off, or a quote lost?)");
                }
                return new Problem(fileName, line, 0, "", "第 " + line + " 行：引号结束后紧跟着其他字符（单元格里的引号要写成两个 \"\"）",
                        "line " + line + ": text follows a closing quote (a quote inside a cell is written as two: \"\")");
            }
        }
        Throwable deepest = failure;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        int line = currentLine();
        return new Problem(fileName, line, 0, "", "读取到第 " + line + " 行时出错（" + Excerpt.reason(deepest) + "）",
                "reading failed at line " + line + " (" + Excerpt.reason(deepest) + ")");
    }

    /** Bytes the file's encoding cannot decode, found at {@code line}. */
    private static final class UndecodableException extends IOException {
        final int line;

        UndecodableException(int line) {
            super("undecodable bytes at line " + line);
            this.line = line;
        }
    }

    /**
     * Decodes bytes as they are read. Unlike InputStreamReader it hands out every character
     * before a bad byte sequence and only then fails, so the failure knows its line.
     */
    private static final class DecodingReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(64 * 1024);
        private final java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(64 * 1024);
        private boolean eof;
        private boolean failed;
        private boolean flushed;
        private int newlinesServed;

        DecodingReader(InputStream in, CharsetDecoder decoder) {
            this.in = in;
            this.decoder = decoder;
            bytes.flip();
            chars.flip();
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (failed) {
                    throw new UndecodableException(newlinesServed + 1);
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, chars.remaining());
            chars.get(buf, off, n);
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\n') {
                    newlinesServed++;
                }
            }
            return n;
        }

        /** Decodes more characters; false at the end of the input. */
        private boolean fill() throws IOException {
            if (flushed) {
                return false;
            }
            chars.clear();
            try {
                while (chars.position() == 0) {
                    if (!bytes.hasRemaining() || !eof) {
                        bytes.compact();
                        int n = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                        if (n < 0) {
                            eof = true;
                        } else {
                            bytes.position(bytes.position() + n);
                        }
                        bytes.flip();
                    }
                    java.nio.charset.CoderResult result = decoder.decode(bytes, chars, eof);
                    if (result.isError()) {
                        failed = true;
                        break;
                    }
                    if (eof) {
                        decoder.flush(chars);
                        flushed = true;
                        break;
                    }
                }
            } finally {
                chars.flip();
            }
            return chars.hasRemaining() || failed;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing was written; the file is only read
        }
    }
}
