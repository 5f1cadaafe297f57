package org.ecokiosk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encodings as Chinese offices produce them, and as files get damaged: UTF-8 is never taken for
 * GBK because of one broken byte pair, GBK still reads, UTF-16 is named, and control characters
 * in cells are refused at their line and column.
 */
class TextFileTest {
    private static final String HEADER = "code,name_zh,name_en,batch_year,status,summary_zh,summary_en,sample\n";
    private static final List<String> COLUMNS = List.of("code", "name_zh", "name_en", "batch_year", "status",
            "summary_zh", "summary_en", "sample");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String rows(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("town-").append(i).append(",示例镇").append(i).append(",Town ").append(i)
                    .append(",2024,candidate,示例数据：生态文明建设示范镇创建,Sample,true\n");
        }
        return sb.toString();
    }

    private Problems read(Path f) {
        Problems problems = new Problems();
        CsvTable.read(f, COLUMNS, List.of(), Map.of(), problems);
        return problems;
    }

    @Test
    void oneDamagedBytePairInUtf8IsRefusedAtItsLineNotDecodedAsGbk() throws Exception {
        byte[] good = (HEADER + rows(3)).getBytes(StandardCharsets.UTF_8);
        // line 4 (the third row): 示 is E7 A4 BA; damage its last two bytes
        byte[] damaged = (HEADER + rows(2) + "town-x,示例,Town,2024,candidate,,,true\n").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(damaged, "town-x,".getBytes(StandardCharsets.UTF_8)) + 7;
        damaged[at + 1] = (byte) 0xC0;
        damaged[at + 2] = (byte) 0x41;
        Problems problems = read(write("damaged.csv", damaged));
        assertEquals(1, problems.count(), problems.list().toString());
        Problem p = problems.list().get(0);
        assertEquals(4, p.line(), p.describe());
        assertTrue(p.messageEn().contains("damaged UTF-8"), p.describe());
        assertTrue(read(write("good.csv", good)).isEmpty());
    }

    @Test
    void aUtf8FileWithBomAndADamagedLastByteNamesTheLastLine() throws Exception {
        byte[] text = (HEADER + rows(5)).getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 2);      // ends inside a 3-byte character
        cut = concat(cut, new byte[] {(byte) 0xE7});
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, cut);
        Problem p = read(write("bom.csv", withBom)).list().get(0);
        assertEquals(6, p.line(), p.describe());
    }

    @Test
    void aRealGbkFileStillReadsEvenWhereItsBytesLookLikeUtf8() throws Exception {
        Charset gbk = TextFile.GBK;
        String text = HEADER + rows(40) + "town-y,洹水镇,Huanshui,2024,candidate,蔼然可亲的洹水,Sample,true\n";
        byte[] bytes = text.getBytes(gbk);
        EncodingScan scan = EncodingScan.of(new java.io.ByteArrayInputStream(bytes));
        assertFalse(scan.validUtf8());
        Path f = write("gbk.csv", bytes);
        Problems problems = new Problems();
        CsvTable table = CsvTable.read(f, COLUMNS, List.of(), Map.of(), problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals("GBK", table.encoding());
        assertEquals("洹水镇", table.rows().get(40).get("name_zh"));
        assertEquals(42, table.rows().get(40).line());
    }

    @Test
    void aGbkFileWithABrokenSequenceNamesItsLine() throws Exception {
        byte[] head = (HEADER + rows(2)).getBytes(TextFile.GBK);
        byte[] bad = concat(head, "town-z,".getBytes(TextFile.GBK), new byte[] {(byte) 0x81, (byte) 0x20},
                ",Z,2024,candidate,,,true\n".getBytes(TextFile.GBK));
        Problem p = read(write("gbk-bad.csv", bad)).list().get(0);
        assertEquals(4, p.line(), p.describe());
        assertTrue(p.messageEn().contains("neither UTF-8 nor GBK"), p.describe());
    }

    @Test
    void utf16IsNamedWithOrWithoutItsBom() throws Exception {
        String text = HEADER + rows(2);
        for (Map.Entry<String, byte[]> e : Map.of(
                "le-bom.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                "be-bom.csv", text.getBytes(StandardCharsets.UTF_16),
                "le-no-bom.csv", text.getBytes(StandardCharsets.UTF_16LE),
                "be-no-bom.csv", text.getBytes(StandardCharsets.UTF_16BE)).entrySet()) {
            Problems problems = read(write(e.getKey(), e.getValue()));
            assertEquals(1, problems.count(), e.getKey() + ": " + problems.list());
            assertTrue(problems.list().get(0).messageEn().contains("this file is UTF-16"), e.getKey());
        }
    }

    @Test
    void nulAndOtherControlCharactersInCellsAreRefusedAtLineAndColumn() throws Exception {
        String text = HEADER + rows(1) + "town-a,中\u0000梁镇,Zhongliang,2024,candidate,,,true\n"
                + "\n"
                + "town-b,青木关镇,\u001b[31mRed,2024,candidate,,,true\n"
                + "town-c,曾家镇,Zengjia,2024,candidate,\"two\nlines\u0085\",,true\n";
        Problems problems = read(write("controls.csv", text.getBytes(StandardCharsets.UTF_8)));
        List<String> where = problems.list().stream().map(p -> p.line() + ":" + p.column() + ":" + p.field()).toList();
        assertEquals(List.of("3:2:name_zh", "5:3:name_en", "6:6:summary_zh"), where, problems.list().toString());
        assertTrue(problems.list().get(0).messageEn().contains("U+0000 NUL"));
        assertFalse(problems.list().stream().anyMatch(p -> p.describe().contains("\u001b")), "the escape is echoed");
    }

    @Test
    void lineNumbersSurviveBlankLinesQuotedBreaksAndOldMacLineEnds() throws Exception {
        String crlf = HEADER.replace("\n", "\r\n") + "\r\n\r\n" + "town-1,一,One,2024,candidate,\"a\r\nb\",,true\r\n"
                + "town-2,二,Two,2024,candidate,,,true\r\n";
        CsvTable t = CsvTable.read(write("crlf.csv", crlf.getBytes(StandardCharsets.UTF_8)), COLUMNS, List.of(),
                Map.of(), new Problems()).orElseThrow();
        assertEquals(List.of(4, 6), t.rows().stream().map(CsvTable.Row::line).toList());
        String cr = HEADER.replace("\n", "\r") + "town-1,一,One,2024,candidate,,,true\r\rtown-2,二,Two,2024,candidate,,,true\r";
        CsvTable m = CsvTable.read(write("cr.csv", cr.getBytes(StandardCharsets.UTF_8)), COLUMNS, List.of(),
                Map.of(), new Problems()).orElseThrow();
        assertEquals(List.of(2, 4), m.rows().stream().map(CsvTable.Row::line).toList());
    }

    @Test
    void aBrokenByteFarIntoALongAsciiFileIsNamedAtItsLine() throws Exception {
        StringBuilder ascii = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            ascii.append("town-").append(i).append(",Town,Town ").append(i).append(",2024,candidate,,,true\n");
        }
        // line 3002: the whole characters before it make it damaged UTF-8, not GBK
        byte[] damaged = concat((HEADER + rows(3)).getBytes(StandardCharsets.UTF_8),
                ascii.substring(HEADER.length()).getBytes(StandardCharsets.US_ASCII),
                "town-x,".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE7, (byte) 0x41},
                ",Town,2024,candidate,,,true\n".getBytes(StandardCharsets.US_ASCII));
        Problems problems = read(write("long-damaged.csv", damaged));
        assertEquals(1, problems.count(), problems.list().toString());
        assertEquals(3005, problems.list().get(0).line(), problems.list().get(0).describe());
        // a byte that is neither UTF-8 nor GBK after 3000 ASCII lines
        byte[] neither = concat(ascii.toString().getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x80, '\n'});
        Problems bad = read(write("long-neither.csv", neither));
        assertEquals(3002, bad.list().get(0).line(), bad.list().toString());
    }

    @Test
    void readAllAppliesTheSameRules() throws Exception {
        Problems problems = new Problems();
        Optional<String> text = TextFile.readAll(write("page.md", "---\ntitle_zh: 示例\n---\n正文".getBytes(TextFile.GBK)),
                1024, problems);
        assertEquals("---\ntitle_zh: 示例\n---\n正文", text.orElseThrow());
        byte[] damaged = "---\ntitle_zh: 示例\n---\n正文".getBytes(StandardCharsets.UTF_8);
        damaged[damaged.length - 1] = (byte) 0x20;
        Problems bad = new Problems();
        assertTrue(TextFile.readAll(write("bad.md", damaged), 1024, bad).isEmpty());
        assertEquals(4, bad.list().get(0).line());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
