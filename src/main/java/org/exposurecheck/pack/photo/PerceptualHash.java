package org.exposurecheck.pack.photo;

import java.util.Arrays;

/**
 * pHash and dHash over a luminance image. Written by hand: each is a few dozen lines of arithmetic, while
 * the Java libraries that offer them (JImageHash and similar) bring their own image stacks and
 * dependencies for far more than this needs, and the project must own the exact definition because the
 * values are stored in packs (docs/pack-format.md).
 */
final class PerceptualHash {
    private static final int DCT_SIZE = 32;
    private static final int LOW_FREQUENCIES = 8;
    private static final double[][] COSINES = cosines();

    private PerceptualHash() {
    }

    /**
     * pHash: shrink to 32×32 by area averaging, take the 2-D DCT-II, keep the 8×8 lowest frequencies
     * after the constant term, and set one bit per coefficient above their median.
     */
    static long phash(Luminance image, Window window) {
        double[][] pixels = window.of(image, DCT_SIZE, DCT_SIZE);
        double[][] rows = new double[DCT_SIZE][LOW_FREQUENCIES + 1];
        for (int y = 0; y < DCT_SIZE; y++) {
            for (int u = 0; u <= LOW_FREQUENCIES; u++) {
                double sum = 0;
                for (int x = 0; x < DCT_SIZE; x++) {
                    sum += pixels[y][x] * COSINES[u][x];
                }
                rows[y][u] = sum;
            }
        }
        double[] coefficients = new double[LOW_FREQUENCIES * LOW_FREQUENCIES];
        for (int v = 1; v <= LOW_FREQUENCIES; v++) {
            for (int u = 1; u <= LOW_FREQUENCIES; u++) {
                double sum = 0;
                for (int y = 0; y < DCT_SIZE; y++) {
                    sum += rows[y][u] * COSINES[v][y];
                }
                coefficients[(v - 1) * LOW_FREQUENCIES + (u - 1)] = sum;
            }
        }
        double median = median(coefficients);
        long bits = 0;
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i] > median) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** dHash: shrink to 9×8 by area averaging; one bit per pair of neighbours in a row, set when brightness rises. */
    static long dhash(Luminance image, Window window) {
        double[][] pixels = window.of(image, 9, 8);
        long bits = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                if (pixels[y][x + 1] > pixels[y][x]) {
                    bits |= 1L << (y * 8 + x);
                }
            }
        }
        return bits;
    }

    /** A part of the image, as fractions of its width and height. */
    record Window(double left, double top, double width, double height) {
        double[][] of(Luminance image, int columns, int rows) {
            return image.window(columns, rows, left * image.width(), top * image.height(), width * image.width(),
                    height * image.height());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double[][] cosines() {
        double[][] table = new double[LOW_FREQUENCIES + 1][DCT_SIZE];
        for (int u = 0; u <= LOW_FREQUENCIES; u++) {
            for (int x = 0; x < DCT_SIZE; x++) {
                table[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2.0 * DCT_SIZE));
            }
        }
        return table;
    }
}
