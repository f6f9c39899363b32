package org.exposurecheck.demo;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The ways one photo changes between copies: a leak site rescales and recompresses a headshot, crops
 * its edges, turns it grey or stamps it; the person keeps their own copy. Photo matching must survive
 * each of these.
 */
public enum PhotoVariant {
    ORIGINAL, RESCALED, RECOMPRESSED, CROPPED, GRAYSCALE, STAMPED;

    /** Crops at most this share of each dimension, as the "≤ 5 % crop". */
    static final double CROP_SHARE = 0.05;

    public BufferedImage apply(BufferedImage image) {
        return switch (this) {
            case ORIGINAL -> image;
            case RESCALED -> scaled(image, 0.55);
            case RECOMPRESSED -> decode(jpeg(image, 0.3f));
            case CROPPED -> cropped(image);
            case GRAYSCALE -> gray(image);
            case STAMPED -> stamped(image);
        };
    }

    /** JPEG bytes at the given quality (0–1). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb(image), null, null), param);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int width = (int) Math.round(image.getWidth() * factor);
        int height = (int) Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image.getScaledInstance(width, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return out;
    }

    /** 5 % off in each dimension, shared unevenly between the edges, as a hand crop would. */
    private static BufferedImage cropped(BufferedImage image) {
        int dx = (int) Math.round(image.getWidth() * CROP_SHARE);
        int dy = (int) Math.round(image.getHeight() * CROP_SHARE);
        return copy(image.getSubimage(dx / 3, dy * 2 / 3, image.getWidth() - dx, image.getHeight() - dy));
    }

    private static BufferedImage gray(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luma = (int) Math.round(0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF));
                out.setRGB(x, y, luma << 16 | luma << 8 | luma);
            }
        }
        return out;
    }

    /** A translucent red seal in a corner and a line of text across the chest, as doxxing sites stamp photos. */
    private static BufferedImage stamped(BufferedImage image) {
        BufferedImage out = copy(image);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
        g.setColor(new Color(200, 20, 20));
        g.setStroke(new BasicStroke(3));
        int size = out.getWidth() / 4;
        g.drawOval(out.getWidth() - size - 6, 6, size, size);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, out.getWidth() / 14)));
        g.drawString("FICTIONAL SAMPLE", out.getWidth() / 10, out.getHeight() * 9 / 10);
        g.dispose();
        return out;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage rgb(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_RGB ? image : copy(image);
    }
}
