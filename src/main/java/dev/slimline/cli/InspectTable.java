package dev.slimline.cli;

import dev.slimline.image.ArchiveFinding;
import dev.slimline.image.ImageReport;
import dev.slimline.image.SecretFile;
import java.io.PrintWriter;
import java.util.Locale;

/** The human-readable form of an {@link ImageReport}. */
final class InspectTable {
    private static final int INSTRUCTION_WIDTH = 90;
    private final PrintWriter out;

    InspectTable(PrintWriter out) {
        this.out = out;
    }

    void print(ImageReport report) {
        out.printf("Image: %s (%s, %d layers)%n%n", report.source(), report.format(), report.layers().size());
        out.printf("%-5s %10s %10s %7s %7s %7s  %s%n", "LAYER", "SIZE", "GZIP", "ADDED", "CHANGED", "DELETED",
                "INSTRUCTION");
        for (ImageReport.Layer layer : report.layers()) {
            out.printf("%-5d %10s %10s %7d %7d %7d  %s%n", layer.index(), bytes(layer.size()),
                    bytes(layer.compressedSize()), layer.added(), layer.changed(), layer.deleted(),
                    abbreviate(layer.instruction()));
        }
        ImageReport.Waste waste = report.waste();
        out.println();
        out.printf("Total size        %s (%d bytes)%n", bytes(report.totalSize()), report.totalSize());
        out.printf("Compressed size   %s (gzip of each layer, as a registry stores and a node pulls it)%n",
                bytes(report.compressedSize()));
        out.printf("Wasted            %s (files a later layer overwrote or deleted)%n", bytes(waste.wastedBytes()));
        out.printf("Efficiency        %s (share of the image's bytes still visible)%n", percent(waste.efficiency()));
        out.printf("dive's figures    wasted %s (every copy of paths in 2+ layers), efficiency %s%n",
                bytes(waste.diveWastedBytes()), percent(waste.diveEfficiency()));
        sizes("Largest files", report.largestFiles());
        sizes("Largest directories", report.largestDirectories());
        findings(report);
    }

    private void sizes(String title, java.util.List<ImageReport.PathSize> paths) {
        out.printf("%n%s%n", title);
        for (ImageReport.PathSize path : paths) {
            out.printf("  %10s  %s%n", bytes(path.bytes()), path.path());
        }
    }

    private void findings(ImageReport report) {
        out.printf("%nFindings%n");
        int count = 0;
        for (ImageReport.Match tool : report.buildTools()) {
            out.printf("  build tool     %s: %s%s%n", tool.name(), String.join(", ", tool.locations()),
                    tool.files() > tool.locations().size() ? " (" + tool.files() + " files)" : "");
            count++;
        }
        for (ImageReport.Match cache : report.packageCaches()) {
            out.printf("  cache          %s: %s in %s%n", cache.name(), bytes(cache.bytes()),
                    String.join(", ", cache.locations()));
            count++;
        }
        ImageReport.User user = report.user();
        if (user.isRoot()) {
            out.printf("  root user      runs as root (uid 0)%s%n", user.configured().isEmpty() ? ": no USER set" : "");
            count++;
        } else if (user.uid() == null) {
            out.printf("  user           %s is not in the image's /etc/passwd (uid unknown)%n", user.configured());
            count++;
        }
        if (!report.healthcheck().present()) {
            out.printf("  no healthcheck the image defines no HEALTHCHECK%n");
            count++;
        }
        for (SecretFile secret : report.secretFiles()) {
            out.printf("  secret file    %s /%s (layer %d%s)%n", secret.kind(), secret.path(), secret.layer(),
                    secret.deletedLater() ? ", deleted by a later layer but still readable from layer "
                            + secret.layer() : "");
            count++;
        }
        for (String name : report.secretEnv()) {
            out.printf("  secret env     %s (value not shown)%n", name);
            count++;
        }
        for (ArchiveFinding finding : report.archiveFindings()) {
            out.printf("  archive        %s %s: %s%n", finding.kind(), finding.where(), finding.detail());
            count++;
        }
        if (count == 0) {
            out.println("  none");
        }
        if (user.uid() != null && !user.isRoot()) {
            out.printf("%nUser: %s (uid %d)%n", user.name(), user.uid());
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
