package org.ecokiosk.ingest.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.ecokiosk.ingest.Excerpt;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.ContentImage;

/**
 * Images imported with pages, and stored in a snapshot being published. They are decoded, not
 * sniffed: the declared size is read from the header first and refused above
 * {@value #MAX_PIXELS} pixels (a 1 MB PNG can declare 20000 × 20000 and need 1.6 GB to show),
 * then every byte is decoded (subsampled, so a check never needs much memory); a truncated or
 * damaged image, or one the decoder warns about, is refused. A renamed SVG or HTML file is not an image.
 */
public final class ImageFiles {
    static final long MAX_BYTES = 8L * 1024 * 1024;
    /** Largest width × height: 6000 × 4000, a large camera photo; a kiosk screen is 1920 × 1080. */
    static final long MAX_PIXELS = 24_000_000L;
    static final int MAX_SIDE = 10_000;

    private ImageFiles() {
    }

    static boolean isImage(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
    }

    static Optional<ContentImage> read(Path file, Problems problems) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(Problem.ofFile(name, "图片太大（超过 8 MB），请压缩后再导入", "image is larger than 8 MB; please shrink it"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            Optional<String> type = check(name, bytes, problems);
            return type.map(t -> new ContentImage(file.getFileName().toString(), t, bytes));
        } catch (IOException e) {
            problems.add(Problem.ofFile(name, "无法读取图片（" + Excerpt.reason(e) + "）", "cannot read the image ("
                    + Excerpt.reason(e) + ")"));
            return Optional.empty();
        }
    }

    /** The media type when {@code bytes} decode as a whole PNG or JPEG of a sensible size; else a problem at {@code where}. */
    static Optional<String> check(String where, byte[] bytes, Problems problems) {
        String type = sniff(bytes);
        if (type.isEmpty()) {
            problems.add(Problem.ofFile(where, "这个文件的内容不是 PNG 或 JPEG 图片（可能只是改了扩展名）",
                    "this file is not really a PNG or JPEG image (was only its extension changed?)"));
            return Optional.empty();
        }
        if (!complete(type, bytes)) {
            problems.add(Problem.ofFile(where, "图片不完整（文件被截断），请重新导出", "the image is incomplete (cut off); export it again"));
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            if (!readers.hasNext()) {
                throw new IOException("no decoder for " + type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                    problems.add(Problem.ofFile(where, "图片尺寸 " + width + " × " + height + " 太大（上限 " + MAX_PIXELS / 1_000_000
                                    + " 百万像素，每边不超过 " + MAX_SIDE + "），请缩小后再导入",
                            "the image declares " + width + " × " + height + " pixels (limit " + MAX_PIXELS / 1_000_000
                                    + " megapixels, " + MAX_SIDE + " per side); shrink it"));
                    return Optional.empty();
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener(new IIOReadWarningListener() {
                    @Override
                    public void warningOccurred(ImageReader source, String warning) {
                        warnings.add(warning);
                    }
                });
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / 256);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
                if (!warnings.isEmpty()) {
                    problems.add(Problem.ofFile(where, "图片已损坏（" + Excerpt.of(warnings.get(0), 60) + "），请重新导出",
                            "the image is damaged (" + Excerpt.of(warnings.get(0), 60) + "); export it again"));
                    return Optional.empty();
                }
            } finally {
                reader.dispose();
            }
            return Optional.of(type);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.ofFile(where, "图片无法解码（已损坏或被截断），请重新导出",
                    "the image cannot be decoded (damaged or cut off); export it again"));
            return Optional.empty();
        }
    }

    /** PNG ends with its IEND chunk, JPEG with the end-of-image marker: a cut-off file lacks them. */
    private static boolean complete(String type, byte[] b) {
        if (type.equals("image/png")) {
            byte[] iend = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
            if (b.length < iend.length) {
                return false;
            }
            for (int i = 0; i < iend.length; i++) {
                if (b[b.length - iend.length + i] != iend[i]) {
                    return false;
                }
            }
            return true;
        }
        int end = b.length;
        while (end > 2 && b[end - 1] == 0) {
            end--;      // some cameras pad after the end marker
        }
        return end >= 4 && (b[end - 2] & 0xff) == 0xFF && (b[end - 1] & 0xff) == 0xD9;
    }

    private static String sniff(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        return "";
    }
}
