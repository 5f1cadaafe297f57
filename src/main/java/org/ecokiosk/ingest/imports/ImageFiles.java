package org.ecokiosk.ingest.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.ContentImage;

/**
 * Images imported with pages. The bytes must really be PNG or JPEG: a renamed SVG or HTML
 * file could carry a script, and the extension alone proves nothing.
 */
final class ImageFiles {
    static final long MAX_BYTES = 8L * 1024 * 1024;

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
            String type = sniff(bytes);
            if (type.isEmpty()) {
                problems.add(Problem.ofFile(name, "这个文件的内容不是 PNG 或 JPEG 图片（可能只是改了扩展名）",
                        "this file is not really a PNG or JPEG image (was only its extension changed?)"));
                return Optional.empty();
            }
            return Optional.of(new ContentImage(file.getFileName().toString(), type, bytes));
        } catch (IOException e) {
            problems.add(Problem.ofFile(name, "无法读取图片：" + e.getMessage(), "cannot read the image: " + e.getMessage()));
            return Optional.empty();
        }
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
