package dev.slimline.bench;

import dev.slimline.image.ImageAnalyzer;
import dev.slimline.image.ImageArchive;
import dev.slimline.image.ImageArchiveReader;
import dev.slimline.image.ImageKnowledge;
import dev.slimline.image.ImageReport;
import dev.slimline.image.ReadLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * bench/archive-read: reads a docker-archive with slimline's reader and compares its throughput with a raw
 * sequential read of the same file in the same run; prints peak RSS (VmHWM). See bench/README.md.
 *
 * <p>Usage: {@code ArchiveReadBench ARCHIVE [--with-gzip]}
 */
public final class ArchiveReadBench {
    /** Alternating rounds, each side's best kept; more on a busy machine ($BENCH_ROUNDS). */
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "2"));

    private ArchiveReadBench() {
    }

    public static void main(String[] args) throws IOException {
        Path archive = Path.of(args[0]);
        boolean withGzip = args.length > 1 && args[1].equals("--with-gzip");
        long bytes = Files.size(archive);
        System.out.printf(Locale.ROOT, "archive %s: %.1f MB%n", archive, bytes / 1e6);
        // Best wall and best CPU (the thread's user + system time) per side: on a shared machine the wall figure
        // measures the neighbours too, the CPU figure much less.
        double[] raw = new double[2];
        double[] file = new double[2];
        double[] stream = new double[2];
        ImageReport report = null;
        for (int round = 0; round < ROUNDS; round++) {
            // Alternate so neither side alone enjoys a warmer page cache or JIT; keep each side's best round.
            best(raw, time(() -> rawRead(archive)));
            ImageReport[] last = new ImageReport[1];
            best(file, time(() -> last[0] = analyze(reader(false).read(archive))));
            best(stream, time(() -> {
                try (InputStream in = new NoSeek(Files.newInputStream(archive))) {
                    analyze(reader(false).read(in, archive.toString()));
                }
            }));
            report = last[0];
        }
        System.out.printf(Locale.ROOT, "layers %d, image size %.1f MB, wasted %.1f MB; best of %d rounds%n",
                report.layers().size(), report.totalSize() / 1e6, report.waste().wastedBytes() / 1e6, ROUNDS);
        print("raw sequential read", bytes, raw, raw);
        print("slimline reader, file (seeks over file data)", bytes, file, raw);
        print("slimline reader, stream (reads every byte, as from the engine)", bytes, stream, raw);
        if (withGzip) {
            double[] gzip = time(() -> analyze(reader(true).read(archive)));
            print("slimline reader + gzip compressed size", bytes, gzip, raw);
        }
        System.out.printf(Locale.ROOT, "peak RSS (VmHWM): %d MB%n", peakRssKb() / 1024);
    }

    private interface Work {
        void run() throws IOException;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Runs per second of wall time and of this thread's CPU time, for the whole archive. */
    private static double[] time(Work work) throws IOException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        return new double[] {1e9 / Math.max(1, System.nanoTime() - start),
                1e9 / Math.max(1, THREADS.getCurrentThreadCpuTime() - cpu)};
    }

    private static void best(double[] best, double[] measured) {
        best[0] = Math.max(best[0], measured[0]);
        best[1] = Math.max(best[1], measured[1]);
    }

    private static void print(String what, long bytes, double[] runsPerSecond, double[] raw) {
        System.out.printf(Locale.ROOT, "%-64s %8.1f MB/s  ratio to raw %.2f | per CPU-second %8.1f MB, ratio %.2f%n",
                what, bytes * runsPerSecond[0] / 1e6, runsPerSecond[0] / raw[0], bytes * runsPerSecond[1] / 1e6,
                runsPerSecond[1] / raw[1]);
    }

    private static ImageArchiveReader reader(boolean gzip) {
        return new ImageArchiveReader(ReadLimits.defaults(), gzip);
    }

    private static ImageReport analyze(ImageArchive image) {
        return new ImageAnalyzer(ImageKnowledge.load(), 10).analyze(image);
    }

    private static void rawRead(Path archive) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(archive)) {
            while (in.read(buffer) >= 0) {
                // only the read matters
            }
        }
    }

    private static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Hides the file's seek so the reader must read every byte, like a pipe from {@code docker save}. */
    private static final class NoSeek extends FilterInputStream {
        private final byte[] sink = new byte[1 << 16];

        NoSeek(InputStream in) {
            super(in);
        }

        @Override
        public long skip(long n) throws IOException {
            int got = in.read(sink, 0, (int) Math.min(n, sink.length));
            return Math.max(got, 0);
        }
    }
}
