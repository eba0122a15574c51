package dev.slimline.optimize;

import dev.slimline.optimize.GeneratedInstruction.Copy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration Spring Boot reads from the working directory ({@code ./config/} and {@code ./application.*},
 * its documented external config locations), found at the root of the build context: the original ran its jar next
 * to them, so the runtime stage copies them into its working directory too, or the app starts with other settings
 * (another port).
 */
final class SpringWorkingDirConfig {

    private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml");

    private SpringWorkingDirConfig() {
    }

    static List<Copy> copies(Optional<Path> context) {
        List<Copy> copies = new ArrayList<>();
        if (context.isEmpty()) {
            return copies;
        }
        if (Files.isDirectory(context.get().resolve("config"))) {
            copies.add(Copy.context(List.of("config/"), "./config/"));
        }
        List<String> files = FILES.stream().filter(name -> Files.isRegularFile(context.get().resolve(name))).toList();
        if (!files.isEmpty()) {
            copies.add(Copy.context(files, "./"));
        }
        return copies;
    }
}
