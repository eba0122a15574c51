package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Applies a {@link UnifiedDiff} with the real tools users pipe it to: {@code git apply --check}, then {@code git
 * apply} and {@code patch -p1}, each of which must turn {@code before} into {@code after} byte for byte.
 */
final class PatchToolsCheck {

    private PatchToolsCheck() {
    }

    static void assertApplies(String path, String before, String after) {
        String diff = UnifiedDiff.diff("a/" + path, "b/" + path, before, after);
        if (before.equals(after)) {
            assertThat(diff).isEmpty();
            return;
        }
        try {
            Path dir = Files.createTempDirectory("slimline-diff");
            Path patchFile = dir.resolve("change.patch");
            Files.writeString(patchFile, diff);
            for (List<String> tool : List.of(
                    List.of("git", "apply", "--check", patchFile.toString()),
                    List.of("git", "apply", patchFile.toString()),
                    List.of("patch", "-p1", "--quiet", "--force", "-i", patchFile.toString()))) {
                Path file = dir.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, before);
                run(dir, tool, diff);
                if (!tool.contains("--check")) {
                    assertThat(Files.readString(file)).as("%s of%n%s", tool, diff).isEqualTo(after);
                }
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".orig"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path dir, List<String> command, String diff) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("%s rejected the diff:%n%s%n%s", command, diff, output).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
