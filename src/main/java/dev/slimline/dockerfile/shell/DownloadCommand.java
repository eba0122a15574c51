package dev.slimline.dockerfile.shell;

import java.util.List;

/** curl or wget: the URLs, whether the body goes to stdout, and whether TLS checks are off. */
public record DownloadCommand(ShellCommand source, String tool, List<String> urls, boolean writesToStdout,
                              boolean insecure) implements ToolCommand {

    public DownloadCommand {
        urls = List.copyOf(urls);
    }
}
