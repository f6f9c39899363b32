package org.exposurecheck.pack.photo;

import java.awt.image.BufferedImage;

/** The brightness of every pixel of an image (ITU-R BT.601 weights), which is all the hashes look at. */
final class Luminance {
    private final int width;
    private final int height;
    private final float[] values;

    private Luminance(int width, int height, float[] values) {
        this.width = width;
        this.height = height;
        this.values = values;
    }

    static Luminance of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] values = new float[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                values[y * width + x] = (float) (0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF));
            }
        }
        return new Luminance(width, height, values);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The image at most {@code limit} pixels on its longer side, for hashing many windows of it quickly. */
    Luminance shrunk(int limit) {
        if (Math.max(width, height) <= limit) {
            return this;
        }
        double factor = (double) limit / Math.max(width, height);
        int columns = Math.max(1, (int) Math.round(width * factor));
        int rows = Math.max(1, (int) Math.round(height * factor));
        double[][] cells = window(columns, rows, 0, 0, width, height);
        float[] values = new float[columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = (float) cells[r][c];
            }
        }
        return new Luminance(columns, rows, values);
    }

    /**
     * The window at ({@code left}, {@code top}) of {@code windowWidth}×{@code windowHeight} source pixels
     * (fractions allowed), shrunk to {@code columns}×{@code rows} by area averaging: each output pixel is
     * the mean of the source area it covers, partial pixels weighted, so small shifts and rescaling barely
     * move it.
     */
    double[][] window(int columns, int rows, double windowLeft, double windowTop, double windowWidth, double windowHeight) {
        double[][] out = new double[rows][columns];
        double cellWidth = windowWidth / columns;
        double cellHeight = windowHeight / rows;
        for (int r = 0; r < rows; r++) {
            double top = windowTop + r * cellHeight;
            double bottom = top + cellHeight;
            for (int c = 0; c < columns; c++) {
                double left = windowLeft + c * cellWidth;
                double right = left + cellWidth;
                double sum = 0;
                double area = 0;
                for (int y = (int) top; y < Math.min(height, Math.ceil(bottom)); y++) {
                    double dy = Math.min(bottom, y + 1) - Math.max(top, y);
                    for (int x = (int) left; x < Math.min(width, Math.ceil(right)); x++) {
                        double weight = dy * (Math.min(right, x + 1) - Math.max(left, x));
                        sum += weight * values[y * width + x];
                        area += weight;
                    }
                }
                out[r][c] = area > 0 ? sum / area : 0;
            }
        }
        return out;
    }
}
