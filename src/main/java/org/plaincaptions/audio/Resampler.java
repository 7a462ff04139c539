package org.plaincaptions.audio;

import java.util.Arrays;

/**
 * Band-limited sample-rate conversion of a mono stream (J. O. Smith's windowed-sinc interpolation).
 * Every output sample is a Kaiser-windowed sinc over the nearby input; the sinc's cutoff sits below
 * the lower of the two Nyquist frequencies, so downsampling does not fold high frequencies into the
 * speech band and upsampling does not create images. Java Sound's own converter interpolates
 * linearly without a low-pass filter, which aliases (see docs/decisions/0020).
 *
 * <p>Streaming: feed input in pieces of any size; {@link #finish()} flushes the tail. The output has
 * {@code ceil(inputSamples * outRate / inRate)} samples. Used by one thread.
 */
final class Resampler {
    /** Zero crossings of the sinc on each side: sets the filter's length and steepness. */
    private static final int ZERO_CROSSINGS = 32;
    /** Kernel table entries per zero crossing, linearly interpolated between. */
    private static final int STEPS = 512;
    /** Kaiser window shape: about 80 dB stopband attenuation. */
    private static final double KAISER_BETA = 7.86;
    /** Cutoff as a share of the lower Nyquist frequency, so the stopband starts at or below it. */
    private static final double ROLLOFF = 0.92;
    private static final float[] KERNEL = kernelTable();

    private final long inRate;
    private final long outRate;
    /** Kernel table steps per input sample. */
    private final double stepsPerSample;
    /** Gain of the low-pass filter at DC is 1 when each tap is scaled by this. */
    private final double gain;
    /** Input samples each side of an output instant that reach it. */
    private final int halfWidth;

    private float[] history = new float[4096];
    /** Absolute input index of {@code history[0]}; negative at the start, where zeros stand in. */
    private long historyStart;
    private int historyLength;
    private long inputCount;
    private long outputCount;

    Resampler(int inRate, int outRate) {
        if (inRate <= 0 || outRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + inRate + " -> " + outRate);
        }
        this.inRate = inRate;
        this.outRate = outRate;
        double cutoff = ROLLOFF * 0.5 * Math.min(inRate, outRate) / inRate; // cycles per input sample
        this.stepsPerSample = 2 * cutoff * STEPS;
        this.gain = 2 * cutoff;
        this.halfWidth = (int) Math.ceil(ZERO_CROSSINGS / (2 * cutoff)) + 1;
        historyStart = -halfWidth;
        historyLength = halfWidth;
    }

    /** Adds input and returns the output samples that are now fully determined (maybe none). */
    float[] process(float[] input, int length) {
        append(input, length);
        inputCount += length;
        return produce(inputCount);
    }

    /** Returns the remaining output, treating the input as silent after its end. */
    float[] finish() {
        long total = ceilDiv(inputCount * outRate, inRate);
        float[] out = new float[(int) Math.max(0, total - outputCount)];
        int n = 0;
        append(new float[halfWidth + 1], halfWidth + 1);
        while (outputCount < total) {
            out[n++] = (float) next();
        }
        return out;
    }

    private float[] produce(long available) {
        // Output n needs input up to floor(n * in / out) + halfWidth.
        long last = Math.floorDiv((available - halfWidth - 1) * outRate, inRate);
        int count = (int) Math.max(0, last - outputCount + 1);
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = (float) next();
        }
        discardBefore(Math.floorDiv(outputCount * inRate, outRate) - halfWidth);
        return out;
    }

    /** Computes output sample {@code outputCount} and moves on. */
    private double next() {
        long numerator = outputCount * inRate; // exact: no drift over hours of audio
        long center = numerator / outRate;
        double frac = (numerator % outRate) / (double) outRate;
        int c = (int) (center - historyStart);
        double acc = 0;
        for (int j = 0; j < halfWidth; j++) { // input at or before the output instant
            double pos = (frac + j) * stepsPerSample;
            if (pos >= KERNEL.length - 1) {
                break;
            }
            acc += history[c - j] * kernel(pos);
        }
        for (int j = 0; j < halfWidth; j++) { // input after it
            double pos = (1 - frac + j) * stepsPerSample;
            if (pos >= KERNEL.length - 1) {
                break;
            }
            acc += history[c + 1 + j] * kernel(pos);
        }
        outputCount++;
        return acc * gain;
    }

    private static double kernel(double pos) {
        int i = (int) pos;
        double f = pos - i;
        return KERNEL[i] + f * (KERNEL[i + 1] - KERNEL[i]);
    }

    private void append(float[] input, int length) {
        if (historyLength + length > history.length) {
            history = Arrays.copyOf(history, Math.max(history.length * 2, historyLength + length));
        }
        System.arraycopy(input, 0, history, historyLength, length);
        historyLength += length;
    }

    private void discardBefore(long index) {
        int drop = (int) Math.min(historyLength, Math.max(0, index - historyStart));
        if (drop > 0) {
            System.arraycopy(history, drop, history, 0, historyLength - drop);
            historyLength -= drop;
            historyStart += drop;
        }
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** sinc(x) * kaiser(x / ZERO_CROSSINGS) for x = i / STEPS, then a zero so lookups may read i + 1. */
    private static float[] kernelTable() {
        float[] table = new float[ZERO_CROSSINGS * STEPS + 2];
        double i0Beta = besselI0(KAISER_BETA);
        for (int i = 0; i <= ZERO_CROSSINGS * STEPS; i++) {
            double x = i / (double) STEPS;
            double sinc = i == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            double r = x / ZERO_CROSSINGS;
            double window = besselI0(KAISER_BETA * Math.sqrt(Math.max(0, 1 - r * r))) / i0Beta;
            table[i] = (float) (sinc * window);
        }
        return table;
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }
}
