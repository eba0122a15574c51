package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.io.StatusLine;
import dev.slimline.scan.osv.OsvDownloader;
import dev.slimline.scan.version.Ecosystem;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slimline db update}: downloads OSV's per-ecosystem archives and indexes them for offline scans. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Downloads the OSV advisories of each ecosystem (one archive each) into the database directory",
            "and indexes them; scans then run offline. An ecosystem that fails keeps its previous data."})
public final class DbUpdateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOptions db;

    @Option(names = "--ecosystem", paramLabel = "NAME", split = ",",
            description = "Ecosystems to fetch (default: all): Debian, Ubuntu, Alpine, PyPI, npm, Maven, Go, Red Hat, AlmaLinux, Rocky Linux, Wolfi, RubyGems, crates.io, NuGet, Packagist.")
    private List<String> ecosystems = new ArrayList<>();

    @Mixin
    private QuietOption quiet;

    @Option(names = "--url", paramLabel = "BASE", description = "Base address of the OSV archives (a mirror).")
    private URI url;

    @Override
    public Integer call() {
        List<Ecosystem> wanted = new ArrayList<>();
        for (String name : ecosystems) {
            wanted.add(Ecosystem.fromUserInput(name).orElseThrow(() -> SlimlineException.badInput(
                    "unknown ecosystem '" + name + "' (known: " + Arrays.stream(Ecosystem.values())
                            .map(Ecosystem::osvName).toList() + ")")));
        }
        if (wanted.isEmpty()) {
            wanted.addAll(Arrays.asList(Ecosystem.values()));
        }
        OsvDownloader downloader = url == null ? new OsvDownloader()
                : new OsvDownloader(url, OsvDownloader.DEFAULT_CONNECT_TIMEOUT, OsvDownloader.DEFAULT_RESPONSE_TIMEOUT,
                        Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        Consumer<String> progress = quiet.lines(out, ""); // one line per ecosystem as it finishes
        // which archive is downloading now (Debian's is the biggest), on a terminal only
        StatusLine current = quiet.quiet() ? new StatusLine(System.err, false)
                : StatusLine.forStandardError();
        for (int i = 0; i < wanted.size(); i++) {
            Ecosystem ecosystem = wanted.get(i);
            current.show("downloading " + ecosystem.osvName() + " (" + (i + 1) + " of " + wanted.size() + ")...");
            OsvDownloader.EcosystemUpdate update;
            try {
                update = downloader.update(db.directory(), ecosystem);
            } finally {
                current.clear();
            }
            if (update.unchanged()) {
                progress.accept(String.format(Locale.ROOT, "%-8s %7d advisories  unchanged (not downloaded)",
                        ecosystem.osvName(), update.advisories()));
                continue;
            }
            progress.accept(String.format(Locale.ROOT, "%-8s %7d advisories  %8.1f MB%s", ecosystem.osvName(),
                    update.advisories(), update.bytes() / 1e6, update.skipped().isEmpty() ? "" : "  ("
                            + update.skipped().size() + " unreadable records skipped)"));
        }
        out.println("database: " + db.directory());
        out.flush();
        return ExitCodes.OK;
    }
}
