package dev.slimline.report;

import dev.slimline.image.ArchiveFinding;
import dev.slimline.image.ImageReport;
import dev.slimline.image.SecretFile;
import dev.slimline.io.TerminalText;
import java.io.PrintWriter;
import java.util.Locale;

/** The human-readable form of an {@link ImageReport}. */
public final class InspectTable {
    private static final int INSTRUCTION_WIDTH = 90;
    private final PrintWriter out;

    public InspectTable(PrintWriter out) {
        this.out = out;
    }

    /** Every text argument escaped: layer paths, instructions and user names come from the image, not from us. */
    private void printf(String format, Object... args) {
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            escaped[i] = args[i] instanceof String || args[i] instanceof Enum<?> ? TerminalText.escape(String.valueOf(args[i]))
                    : args[i];
        }
        out.printf(format, escaped);
    }

    public void print(ImageReport report) {
        printf("Image: %s (%s, %d layers)%n%n", report.source(), report.format(), report.layers().size());
        printf("%-5s %10s %10s %7s %7s %7s  %s%n", "LAYER", "SIZE", "GZIP", "ADDED", "CHANGED", "DELETED",
                "INSTRUCTION");
        for (ImageReport.Layer layer : report.layers()) {
            printf("%-5d %10s %10s %7d %7d %7d  %s%n", layer.index(), bytes(layer.size()),
                    bytes(layer.compressedSize()), layer.added(), layer.changed(), layer.deleted(),
                    abbreviate(layer.instruction()));
        }
        ImageReport.Waste waste = report.waste();
        out.println();
        printf("Total size        %s (%d bytes)%n", bytes(report.totalSize()), report.totalSize());
        printf("Compressed size   %s (gzip of each layer, as a registry stores and a node pulls it)%n",
                bytes(report.compressedSize()));
        printf("Wasted            %s (files a later layer overwrote or deleted)%n", bytes(waste.wastedBytes()));
        printf("Efficiency        %s (share of the image's bytes still visible)%n", percent(waste.efficiency()));
        printf("dive's figures    wasted %s (every copy of paths in 2+ layers), efficiency %s%n",
                bytes(waste.diveWastedBytes()), percent(waste.diveEfficiency()));
        sizes("Largest files", report.largestFiles());
        sizes("Largest directories", report.largestDirectories());
        findings(report);
    }

    private void sizes(String title, java.util.List<ImageReport.PathSize> paths) {
        printf("%n%s%n", title);
        for (ImageReport.PathSize path : paths) {
            printf("  %10s  %s%n", bytes(path.bytes()), path.path());
        }
    }

    private void findings(ImageReport report) {
        printf("%nFindings%n");
        int count = 0;
        for (ImageReport.Match tool : report.buildTools()) {
            printf("  build tool     %s: %s%s%n", tool.name(), String.join(", ", tool.locations()),
                    tool.files() > tool.locations().size() ? " (" + tool.files() + " files)" : "");
            count++;
        }
        for (ImageReport.Match cache : report.packageCaches()) {
            printf("  cache          %s: %s in %s%n", cache.name(), bytes(cache.bytes()),
                    String.join(", ", cache.locations()));
            count++;
        }
        ImageReport.User user = report.user();
        if (user.isRoot()) {
            printf("  root user      runs as root (uid 0)%s%n", user.configured().isEmpty() ? ": no USER set" : "");
            count++;
        } else if (user.uid() == null) {
            printf("  user           %s is not in the image's /etc/passwd (uid unknown)%n", user.configured());
            count++;
        }
        if (!report.healthcheck().present()) {
            printf("  no healthcheck the image defines no HEALTHCHECK%n");
            count++;
        }
        for (SecretFile secret : report.secretFiles()) {
            printf("  secret file    %s /%s (layer %d%s)%n", secret.kind(), secret.path(), secret.layer(),
                    secret.deletedLater() ? ", deleted by a later layer but still readable from layer "
                            + secret.layer() : "");
            count++;
        }
        for (String name : report.secretEnv()) {
            printf("  secret env     %s (value not shown)%n", name);
            count++;
        }
        for (ArchiveFinding finding : report.archiveFindings()) {
            printf("  archive        %s %s: %s%n", finding.kind(), finding.where(), finding.detail());
            count++;
        }
        if (count == 0) {
            out.println("  none");
        }
        if (user.uid() != null && !user.isRoot()) {
            printf("%nUser: %s (uid %d)%n", user.name(), user.uid());
        }
    }

    static String bytes(long bytes) {
        if (bytes < 0) {
            return "n/a";
        }
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= INSTRUCTION_WIDTH ? line : line.substring(0, INSTRUCTION_WIDTH - 1) + "…";
    }
}
