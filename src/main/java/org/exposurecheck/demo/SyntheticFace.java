package org.exposurecheck.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A fictional headshot, drawn from a seed with java.awt: background, shoulders, head, hair, eyes, brows,
 * nose, mouth and sometimes glasses, each with its own random geometry and colour, plus a little grain.
 * Never a real photo; the same seed always draws the same face.
 */
public final class SyntheticFace {
    public static final int WIDTH = 240;
    public static final int HEIGHT = 300;

    private SyntheticFace() {
    }

    public static BufferedImage draw(long seed) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + 17);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        background(g, random);

        double headWidth = 85 + random.nextInt(75);
        double headHeight = headWidth * (1.1 + random.nextDouble() * 0.35);
        double centreX = WIDTH / 2.0 + random.nextInt(71) - 35;
        double top = 25 + random.nextInt(75);
        Color skin = skin(random);
        Color hair = color(random, 10, 120);

        g.setColor(color(random, 20, 230));
        double shoulderTop = top + headHeight * 0.85;
        Ellipse2D shoulders = new Ellipse2D.Double(centreX - 110 - random.nextInt(30), shoulderTop, 240 + random.nextInt(60), 220);
        g.fill(shoulders);
        stripes(g, random, shoulders);
        g.setColor(skin.darker());
        g.fill(new Ellipse2D.Double(centreX - headWidth * 0.2, top + headHeight * 0.7, headWidth * 0.4, headHeight * 0.4));

        g.setColor(hair);
        double hairRise = 10 + random.nextInt(30);
        switch (random.nextInt(3)) {
            case 0 -> g.fill(new Ellipse2D.Double(centreX - headWidth / 2 - 8, top - hairRise, headWidth + 16, headHeight * 0.75));
            case 1 -> g.fill(new Ellipse2D.Double(centreX - headWidth / 2 - 20, top - hairRise, headWidth + 40, headHeight * 1.25));
            default -> g.fill(new Arc2D.Double(centreX - headWidth / 2 - 4, top - hairRise, headWidth + 8, headHeight * 0.8, 0, 180, Arc2D.CHORD));
        }
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(centreX - headWidth / 2, top, headWidth, headHeight));
        g.setColor(hair);
        double fringe = headHeight * (0.15 + random.nextDouble() * 0.15);
        g.fill(new Arc2D.Double(centreX - headWidth / 2, top - fringe * 0.4, headWidth, fringe * 2.2, 0, 180, Arc2D.CHORD));

        double eyeY = top + headHeight * (0.4 + random.nextDouble() * 0.1);
        double eyeGap = headWidth * (0.18 + random.nextDouble() * 0.1);
        double eyeWidth = 10 + random.nextInt(10);
        double eyeHeight = 5 + random.nextInt(7);
        Color iris = color(random, 10, 90);
        for (int side = -1; side <= 1; side += 2) {
            double x = centreX + side * eyeGap;
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x - eyeWidth / 2, eyeY - eyeHeight / 2, eyeWidth, eyeHeight));
            g.setColor(iris);
            g.fill(new Ellipse2D.Double(x - eyeHeight / 2, eyeY - eyeHeight / 2, eyeHeight, eyeHeight));
            g.setColor(hair);
            g.setStroke(new BasicStroke(2 + random.nextInt(4)));
            double browY = eyeY - eyeHeight - 4 - random.nextInt(6);
            g.draw(new Arc2D.Double(x - eyeWidth * 0.7, browY, eyeWidth * 1.4, 8, 20, 140, Arc2D.OPEN));
        }
        if (random.nextInt(4) == 0) {
            g.setColor(color(random, 0, 80));
            g.setStroke(new BasicStroke(2));
            double lens = eyeWidth * 1.6;
            for (int side = -1; side <= 1; side += 2) {
                g.draw(new Ellipse2D.Double(centreX + side * eyeGap - lens / 2, eyeY - lens / 2.5, lens, lens * 0.8));
            }
        }
        g.setColor(skin.darker());
        g.setStroke(new BasicStroke(2));
        double noseLength = headHeight * (0.1 + random.nextDouble() * 0.1);
        Path2D nose = new Path2D.Double();
        nose.moveTo(centreX, eyeY + 5);
        nose.lineTo(centreX - 4 - random.nextInt(6), eyeY + noseLength);
        nose.lineTo(centreX + 3, eyeY + noseLength + 2);
        g.draw(nose);
        g.setColor(new Color(120 + random.nextInt(80), 40 + random.nextInt(40), 50 + random.nextInt(40)));
        g.setStroke(new BasicStroke(2 + random.nextInt(3)));
        double mouthWidth = headWidth * (0.25 + random.nextDouble() * 0.2);
        double mouthY = eyeY + noseLength + 12 + random.nextInt(12);
        g.draw(new Arc2D.Double(centreX - mouthWidth / 2, mouthY - 6, mouthWidth, 12 + random.nextInt(10), 200, 140, Arc2D.OPEN));
        g.dispose();
        light(image, random);
        return image;
    }

    /**
     * A plain wall, a wall with a door or window edge, or a gradient — what ID photos and snapshots are taken
     * against — with a few things behind the person (frames, shelves, lamps), which make each photo's coarse
     * layout its own, as a real room does.
     */
    private static void background(Graphics2D g, Random random) {
        wall(g, random);
        int things = 2 + random.nextInt(6);
        for (int i = 0; i < things; i++) {
            g.setColor(color(random, 10, 250));
            int x = random.nextInt(WIDTH);
            int y = random.nextInt(HEIGHT * 2 / 3);
            int w = 20 + random.nextInt(90);
            int h = 20 + random.nextInt(110);
            if (random.nextBoolean()) {
                g.fillRect(x - w / 2, y - h / 2, w, h);
            } else {
                g.fill(new Ellipse2D.Double(x - w / 2.0, y - h / 2.0, w, h));
            }
        }
    }

    private static void wall(Graphics2D g, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                g.setColor(color(random, 20, 250));
                g.fillRect(0, 0, WIDTH, HEIGHT);
            }
            case 1 -> {
                g.setColor(color(random, 20, 250));
                g.fillRect(0, 0, WIDTH, HEIGHT);
                g.setColor(color(random, 20, 250));
                int edge = random.nextInt(WIDTH);
                if (random.nextBoolean()) {
                    g.fillRect(edge, 0, WIDTH - edge, HEIGHT);
                } else {
                    g.fillRect(0, random.nextInt(HEIGHT / 2), WIDTH, HEIGHT);
                }
            }
            default -> {
                g.setPaint(new GradientPaint(random.nextInt(WIDTH), 0, color(random, 20, 250), random.nextInt(WIDTH), HEIGHT,
                        color(random, 20, 250)));
                g.fillRect(0, 0, WIDTH, HEIGHT);
            }
        }
    }

    /**
     * Light from one side across the whole picture, and camera-like grain, so recompression has texture to
     * lose as with a real photo.
     */
    private static void light(BufferedImage image, Random random) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double strength = random.nextDouble() * 25;
        double dx = Math.cos(angle) * strength / WIDTH;
        double dy = Math.sin(angle) * strength / HEIGHT;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = image.getRGB(x, y);
                int shift = (int) ((x - WIDTH / 2.0) * dx + (y - HEIGHT / 2.0) * dy) + random.nextInt(13) - 6;
                image.setRGB(x, y, clamp((rgb >> 16 & 0xFF) + shift) << 16 | clamp((rgb >> 8 & 0xFF) + shift) << 8
                        | clamp((rgb & 0xFF) + shift));
            }
        }
    }

    /** Stripes or checks on the clothes, in some photos. */
    private static void stripes(Graphics2D g, Random random, Ellipse2D shoulders) {
        if (random.nextInt(3) == 0) {
            return;
        }
        java.awt.Shape clip = g.getClip();
        g.clip(shoulders);
        g.setColor(color(random, 10, 250));
        int step = 12 + random.nextInt(30);
        boolean vertical = random.nextBoolean();
        for (int offset = random.nextInt(step); offset < Math.max(WIDTH, HEIGHT); offset += step) {
            if (vertical) {
                g.fillRect(offset, 0, step / 2, HEIGHT);
            } else {
                g.fillRect(0, offset, WIDTH, step / 2);
            }
        }
        g.setClip(clip);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static Color color(Random random, int low, int high) {
        return new Color(low + random.nextInt(high - low), low + random.nextInt(high - low), low + random.nextInt(high - low));
    }

    private static Color skin(Random random) {
        int base = 150 + random.nextInt(90);
        return new Color(Math.min(255, base + 15), Math.max(0, base - 20 - random.nextInt(20)), Math.max(0, base - 50 - random.nextInt(30)));
    }
}
