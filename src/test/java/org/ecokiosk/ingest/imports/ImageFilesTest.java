package org.ecokiosk.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.ecokiosk.ingest.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are decoded, not sniffed: cut-off files and absurd declared sizes are refused before anyone shows them. */
class ImageFilesTest {
    @TempDir
    Path dir;

    private static byte[] image(String format, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                img.setRGB(x, y, (x * 31 + y * 17) * 0x010203);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private Problems check(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        Problems problems = new Problems();
        ImageFiles.read(f, problems);
        return problems;
    }

    @Test
    void wholeImagesPass() throws Exception {
        assertTrue(check("ok.png", image("png", 120, 80)).isEmpty());
        assertTrue(check("ok.jpg", image("jpg", 120, 80)).isEmpty());
    }

    @Test
    void truncatedImagesAreRefused() throws Exception {
        byte[] png = image("png", 200, 200);
        byte[] jpg = image("jpg", 200, 200);
        assertEquals(1, check("cut.png", Arrays.copyOf(png, png.length / 2)).count());
        assertEquals(1, check("cut.jpg", Arrays.copyOf(jpg, jpg.length / 2)).count());
        // cut off, then the end marker pasted back on: the decoder still finds the hole
        byte[] patched = Arrays.copyOf(jpg, jpg.length / 2 + 2);
        patched[patched.length - 2] = (byte) 0xFF;
        patched[patched.length - 1] = (byte) 0xD9;
        assertEquals(1, check("patched.jpg", patched).count());
    }

    @Test
    void aSmallFileDeclaringAHugeSizeIsRefusedFromItsHeader() throws Exception {
        byte[] png = image("png", 16, 16);
        // IHDR's width and height are bytes 16–23; its CRC follows the chunk data
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, 20_000);
        b.putInt(20, 20_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        b.putInt(29, (int) crc.getValue());
        Problems problems = check("huge.png", png);
        assertEquals(1, problems.count());
        assertTrue(problems.list().get(0).messageEn().contains("20000 × 20000"), problems.list().toString());
    }

    @Test
    void aRenamedNonImageIsRefused() throws Exception {
        assertEquals(1, check("svg.png", "<svg onload=alert(1)>".getBytes()).count());
    }

    /** Fresh cases (guard review): other formats' headers, and a size just over the limit. */
    @Test
    void aGifAndAJpegDeclaringHugeSizesAreRefused() throws Exception {
        byte[] gif = image("gif", 16, 16);
        // logical screen (bytes 6–9) and the image descriptor both say 30000 × 30000, little-endian
        ByteBuffer g = ByteBuffer.wrap(gif).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        g.putShort(6, (short) 30_000);
        g.putShort(8, (short) 30_000);
        for (int i = 13; i < gif.length - 9; i++) {
            if (gif[i] == 0x2C && g.getShort(i + 1) == 0 && g.getShort(i + 3) == 0 && g.getShort(i + 5) == 16) {
                g.putShort(i + 5, (short) 30_000);
                g.putShort(i + 7, (short) 30_000);
                break;
            }
        }
        assertEquals(1, check("huge.gif", gif).count(), "a GIF declaring 900 megapixels");
        byte[] jpg = image("jpg", 16, 16);
        ByteBuffer j = ByteBuffer.wrap(jpg);
        for (int i = 2; i < jpg.length - 9; i++) {
            if ((jpg[i] & 0xFF) == 0xFF && (jpg[i + 1] & 0xFF) == 0xC0) {  // SOF0: length, precision, height, width
                j.putShort(i + 5, (short) 20_000);
                j.putShort(i + 7, (short) 20_000);
                break;
            }
        }
        assertEquals(1, check("huge.jpg", jpg).count(), "a JPEG declaring 400 megapixels");
    }

    @Test
    void aPngJustOverTheMegapixelLimitIsRefusedAndOneWithinPasses() throws Exception {
        assertEquals(1, check("over.png", declaring(image("png", 16, 16), 5_000, 5_000)).count(), "25 megapixels");
        assertTrue(check("within.png", image("png", 400, 300)).isEmpty());
    }

    private static byte[] declaring(byte[] png, int w, int h) {
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, w);
        b.putInt(20, h);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return png;
    }
}
