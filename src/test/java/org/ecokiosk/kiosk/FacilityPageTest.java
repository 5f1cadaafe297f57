package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A facility's page has a photo slot — the photo staff put in content/images when facilities.csv
 * names one, a placeholder of the same size when not — and "how to get there": the address with
 * the directions from content. A photo naming no content image is refused at build, with its line.
 */
@ExtendWith(ApplicationExtension.class)
class FacilityPageTest {
    private static final String TRANSPORT = "轨道交通1号线井口站下车，步行约10分钟。";
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().on((config, dir) -> {
        Path snapshot = dir.resolve("photo.sqlite");
        SnapshotBuilds.fromContent(contentWithPhoto(dir, "fac-jingkou.png"), snapshot, Instant.parse("2026-01-01T00:00:00Z"));
        return snapshot;
    }, KioskFixture.TODAY);

    private static final String BOOKING = "https://www.cqspb.gov.cn/booking/fac-jingkou-wwtp";

    /**
     * The tests' content with a photo, directions and verified links (no longer sample, its open days
     * neither) for the Jingkou plant only.
     */
    static Path contentWithPhoto(Path dir, String photoCell) throws Exception {
        Path content = dir.resolve("content");
        try (Stream<Path> walk = Files.walk(Fixtures.content())) {
            for (Path from : walk.toList()) {
                Path to = content.resolve(Fixtures.content().relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path csv = content.resolve("data/facilities.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("fac-jingkou-wwtp,")) {
                String line = lines.get(i);
                // the last three cells: photo, transport_zh, transport_en
                int cut = line.lastIndexOf(',', line.lastIndexOf(',', line.lastIndexOf(',') - 1) - 1);
                String cells = line.substring(0, cut).replace("https://example.invalid/", "https://www.cqspb.gov.cn/");
                lines.set(i, cells.substring(0, cells.lastIndexOf(',')) + ",false," + photoCell + "," + TRANSPORT
                        + ",\"Metro line 1 to Jingkou, then a 10-minute walk.\"");
            }
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Path days = content.resolve("data/open_days.csv");
        Files.write(days, Files.readAllLines(days, StandardCharsets.UTF_8).stream()
                .map(l -> l.startsWith("fac-jingkou-wwtp,") ? l.replaceAll(",true$", ",false") : l).toList(), StandardCharsets.UTF_8);
        BufferedImage photo = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = photo.createGraphics();
        g.setColor(new java.awt.Color(0x2e8b3a));
        g.fillRect(0, 0, 320, 200);
        g.dispose();
        ImageIO.write(photo, "png", content.resolve("images/fac-jingkou.png").toFile());
        return content;
    }

    @Test
    void thePhotoWhenContentHasOneAPlaceholderOfTheSameSizeWhenNot(FxRobot robot) throws Exception {
        robot.clickOn("#tile-facilities");
        waitFor(robot, "#facility-open-fac-jingkou-wwtp");
        robot.clickOn("#facility-open-fac-jingkou-wwtp");
        waitFor(robot, "#facility-photo-image");
        ImageView photo = robot.lookup("#facility-photo-image").queryAs(ImageView.class);
        assertFalse(photo.getImage().isError());
        assertEquals(320, photo.getImage().getWidth());
        Bounds withPhoto = robot.lookup("#facility-photo").query().getLayoutBounds();
        assertTrue(robot.lookup("#facility-photo-placeholder").tryQuery().isEmpty());
        assertEquals(TRANSPORT, robot.lookup("#facility-transport").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#facility-address").tryQuery().isPresent(), "the address beside the way there");

        robot.clickOn("#facility-back");
        waitFor(robot, "#facility-open-fac-tuzhu-wwtp");
        robot.clickOn("#facility-open-fac-tuzhu-wwtp");
        waitFor(robot, "#facility-photo-placeholder");
        assertTrue(robot.lookup("#facility-photo-image").tryQuery().isEmpty());
        assertTrue(robot.lookup("#facility-photo-placeholder .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().equals("暂无照片")));
        Bounds placeholder = robot.lookup("#facility-photo").query().getLayoutBounds();
        assertEquals(withPhoto.getWidth(), placeholder.getWidth(), 0.5, "the slot keeps its size");
        assertEquals(withPhoto.getHeight(), placeholder.getHeight(), 0.5);
    }

    /** The codes were made on the reader thread as the rows arrived ({@code QrCode.image} refuses the FX thread). */
    @Test
    void verifiedLinksShowTheirCodesModuleForModule(FxRobot robot) throws Exception {
        robot.clickOn("#tile-facilities");
        waitFor(robot, "#facility-open-fac-jingkou-wwtp");
        robot.clickOn("#facility-open-fac-jingkou-wwtp");
        waitFor(robot, "#qr-tour");
        assertTrue(robot.lookup("#qr-unverified").tryQuery().isEmpty(), "verified links get codes");
        ImageView booking = robot.lookup("#qr-booking").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> booking.getImage() != null);
        com.google.zxing.common.BitMatrix modules = org.ecokiosk.kiosk.widgets.QrCode.matrix(BOOKING);
        int scale = (int) booking.getImage().getWidth() / modules.getWidth();
        assertEquals(modules.getWidth() * scale, booking.getImage().getWidth(), "whole modules");
        assertTrue(scale >= 5, "large enough to scan from a metre: " + scale);
        javafx.scene.image.PixelReader pixels = booking.getImage().getPixelReader();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                assertEquals(modules.get(x, y) ? 0xff000000 : 0xffffffff,
                        pixels.getArgb(x * scale + scale / 2, y * scale + scale / 2), "module " + x + "," + y);
            }
        }
        assertNotNull(robot.lookup("#qr-tour").queryAs(ImageView.class).getImage());
    }

    @Test
    void aPhotoNamingNoContentImageIsRefusedWithItsLine() throws Exception {
        Path dir = Files.createTempDirectory("kiosk-facility-bad");
        Path content = contentWithPhoto(dir, "no-such-photo.jpg");
        ImportFailedException refused = org.junit.jupiter.api.Assertions.assertThrows(ImportFailedException.class,
                () -> SnapshotBuilds.fromContent(content, dir.resolve("bad.sqlite"), Instant.parse("2026-01-01T00:00:00Z")));
        String said = refused.problems().stream().map(org.ecokiosk.ingest.Problem::describe).toList().toString();
        assertTrue(said.contains("facilities.csv") && said.contains("photo") && said.contains("no-such-photo.jpg"), said);
        assertFalse(Files.exists(dir.resolve("bad.sqlite")), "nothing is written");
    }
}
