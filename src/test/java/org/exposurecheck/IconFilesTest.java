package org.exposurecheck;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.exposurecheck.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;

/**
 * The icon files icons/generate.sh writes from icons/exposure-check.svg: every size and format the
 * installers and the window use exists, decodes, has the size its name says, and came from the current
 * drawing. A failure here means: run icons/generate.sh and commit what it wrote.
 */
class IconFilesTest {
    private static final Path ICONS = Path.of("icons");
    private static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** icns slot -> the pixel size of the PNG in it (the @2x slots hold double-size pictures). */
    private static final Map<String, Integer> ICNS_SLOTS = Map.of(
            "icp4", 16, "icp5", 32, "ic07", 128, "ic08", 256, "ic09", 512, "ic10", 1024,
            "ic11", 32, "ic12", 64, "ic13", 256, "ic14", 512);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void generatedFilesComeFromTheCurrentDrawing() throws IOException {
        String stamp = Files.readString(ICONS.resolve("exposure-check.svg.sha256"));
        byte[] drawing = Files.readAllBytes(ICONS.resolve("exposure-check.svg"));

        assertThat(stamp.split("\\s+")[0])
                .as("icons/exposure-check.svg changed since icons/generate.sh last ran")
                .isEqualTo(HexFormat.of().formatHex(sha256(drawing)));
    }

    @Test
    void everyPngSizeExistsWithItsPixelSize() throws IOException {
        for (int size : PNG_SIZES) {
            Path png = ICONS.resolve("png/exposure-check-" + size + ".png");
            assertSquarePng(Files.readAllBytes(png), size, png.toString());
        }
    }

    @Test
    void windowIconsAreTheGeneratedPngsInEverySize() throws IOException {
        assertThat(MainWindow.WINDOW_ICON_SIZES).isEqualTo(PNG_SIZES);
        for (int size : MainWindow.WINDOW_ICON_SIZES) {
            String resource = MainWindow.windowIconResource(size);
            try (InputStream in = MainWindow.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                byte[] bytes = in.readAllBytes();
                assertSquarePng(bytes, size, resource);
                assertThat(bytes).as(resource).isEqualTo(Files.readAllBytes(ICONS.resolve("png/exposure-check-" + size + ".png")));
            }
        }
    }

    @Test
    void icoHoldsEverySizeWindowsAsksFor() throws IOException {
        byte[] ico = Files.readAllBytes(ICONS.resolve("exposure-check.ico"));
        ByteBuffer header = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getShort(0)).as("reserved").isZero();
        assertThat(header.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = header.getShort(4);

        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            // A width or height byte of 0 means 256, the largest size an .ico can hold.
            int width = Byte.toUnsignedInt(ico[entry]) == 0 ? 256 : Byte.toUnsignedInt(ico[entry]);
            int height = Byte.toUnsignedInt(ico[entry + 1]) == 0 ? 256 : Byte.toUnsignedInt(ico[entry + 1]);
            int length = header.getInt(entry + 8);
            int offset = header.getInt(entry + 12);
            assertThat(width).isEqualTo(height);
            assertThat((long) offset + length).as("entry %d inside the file", i).isLessThanOrEqualTo(ico.length);
            sizes.add(width);
        }
        assertThat(sizes).isEqualTo(ICO_SIZES);
    }

    @Test
    void icnsHoldsEverySlotAsAPngOfItsSize() throws IOException {
        byte[] icns = Files.readAllBytes(ICONS.resolve("exposure-check.icns"));
        ByteBuffer buffer = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, US_ASCII)).isEqualTo("icns");
        assertThat(buffer.getInt(4)).as("declared length").isEqualTo(icns.length);

        Map<String, Integer> slots = new HashMap<>();
        for (int at = 8; at < icns.length; ) {
            String type = new String(icns, at, 4, US_ASCII);
            int length = buffer.getInt(at + 4);
            assertThat(length).as(type + " length").isGreaterThan(8);
            byte[] data = Arrays.copyOfRange(icns, at + 8, at + length);
            slots.put(type, readPng(data, type).getWidth());
            at += length;
        }
        assertThat(slots).isEqualTo(ICNS_SLOTS);
    }

    private static void assertSquarePng(byte[] bytes, int size, String name) throws IOException {
        BufferedImage image = readPng(bytes, name);
        assertThat(image.getWidth()).as(name + " width").isEqualTo(size);
        assertThat(image.getHeight()).as(name + " height").isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).as(name + " has transparent corners").isTrue();
    }

    private static BufferedImage readPng(byte[] bytes, String name) throws IOException {
        assertThat(bytes).as(name + " is a PNG").startsWith(PNG_MAGIC);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as(name + " decodes").isNotNull();
        return image;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
