package io.mopstudio.bench;

import java.util.Arrays;

/** Frame times in milliseconds: median, 95th percentile, worst, and the frames per second they average to. */
record FrameStats(int frames, double median, double p95, double max, double fps) {

    static FrameStats of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        return new FrameStats(sorted.length, sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)],
                sorted[sorted.length - 1], 1000 / mean);
    }

    String line() {
        return String.format("median %6.2f ms  p95 %6.2f ms  max %7.2f ms  = %5.1f fps (%d frames)", median, p95,
                max, fps, frames);
    }
}
