package dev.slimline.ci;

import dev.slimline.io.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * How a generated workflow installs slimline, pinned: a release version with the sha256 of the file the method
 * downloads, and where the release's files are published ({@code scripts/release.sh} writes them, with
 * {@code install-slimline.sh}). The installer is checked against the sha256 of the copy bundled in this jar, so a
 * workflow runs only the installer of the slimline that wrote it.
 *
 * @param command  how later steps call slimline: {@code "$SLIMLINE"} (set by the install step) or the team's command
 * @param action   for {@link InstallMethod#ACTION}: the Action's repository ({@code OWNER/NAME}), else empty
 */
public record SlimlineInstall(InstallMethod method, String version, String sha256, String releaseUrl, String command,
        String action) {

    /** The installer inside this jar; the same file the release publishes next to its jar and image. */
    public static final String INSTALLER = "install-slimline.sh";
    /** Set by the install step for every later step (GitHub: {@code $GITHUB_ENV}; GitLab: the job's shell). */
    static final String INVOCATION = "\"$SLIMLINE\"";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]*");
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    public SlimlineInstall {
        switch (method) {
            case IMAGE, JAR -> {
                requireVersionAndSha(version, sha256);
                if (releaseUrl.isBlank() || !releaseUrl.matches("https?://[^\\s\"'`$\\\\]+")) {
                    throw new IllegalArgumentException("--release-url must be the http(s) address of the directory"
                            + " holding the release's files (scripts/release.sh), got '" + releaseUrl + "'");
                }
            }
            case ACTION -> {
                requireVersionAndSha(version, sha256);
                if (!REPOSITORY.matcher(action).matches()) {
                    throw new IllegalArgumentException("--install action needs --action OWNER/NAME, the repository"
                            + " of the slimline Action, got '" + action + "'");
                }
            }
            case COMMAND -> {
                if (command.isBlank() || command.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                    // written into YAML and shell lines: a newline would inject steps
                    throw new IllegalArgumentException(
                            "--slimline-command must be one line of text without control characters");
                }
            }
        }
    }

    /** The release file the method downloads and checks. */
    public String releaseFile() {
        return method == InstallMethod.IMAGE ? "slimline-" + version + "-image.tar" : "slimline-" + version + ".jar";
    }

    /** How every slimline step calls it. */
    public String invocation() {
        return method == InstallMethod.COMMAND ? command : INVOCATION;
    }

    /** The install method's name as {@code install-slimline.sh} and the Action spell it. */
    public String methodName() {
        return method.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Shell lines that download the installer to {@code installer}, check it against the bundled copy's sha256 and
     * install into {@code binDir}, leaving the command's path in the shell variable {@code SLIMLINE}. The installer
     * reads method, version, sha256 and URL from the SLIMLINE_* variables the workflow sets. Both paths are written
     * inside double quotes, so they may hold variables but no quote.
     */
    String installLines(String installer, String binDir) {
        String from = "\"$SLIMLINE_RELEASE_URL/" + INSTALLER + "\"";
        String to = "\"" + installer + "\"";
        return "if command -v curl >/dev/null 2>&1; then curl -fsSL -o " + to + " " + from + "; else wget -q -O " + to
                + " " + from + "; fi\n"
                + "echo \"" + installerSha256() + "  " + installer + "\" | sha256sum -c -\n"
                + "SLIMLINE=\"$(sh " + to + " --bin-dir \"" + binDir + "\")\"\n";
    }

    private static void requireVersionAndSha(String version, String sha256) {
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("--slimline-version must name a release (e.g. 0.1.0), got '"
                    + version + "'");
        }
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("--sha256 must be 64 lower-case hex digits, the release file's line"
                    + " in SHA256SUMS");
        }
    }

    /** The sha256 of the installer bundled in this jar (the build copies scripts/install-slimline.sh). */
    static String installerSha256() {
        InputStream in = SlimlineInstall.class.getResourceAsStream(INSTALLER);
        if (in == null) {
            throw new IllegalStateException("the build did not bundle " + INSTALLER);
        }
        try {
            return Sha256.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
