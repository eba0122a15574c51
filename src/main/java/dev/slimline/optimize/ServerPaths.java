package dev.slimline.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a server whose master starts as root and then drops to its own user (nginx, Apache, php-fpm) writes at start:
 * run, lock, log and temp directories and its pid file. Once they are that user's, the server starts as that user
 * and its {@code user} directive is ignored with a notice.
 *
 * @param directories created when missing (one image layout's paths may not exist in another's) and given away
 * @param files created empty (a pid file in a directory root keeps) and given away
 */
record ServerPaths(List<String> directories, List<String> files) {

    ServerPaths {
        directories = List.copyOf(directories);
        files = List.copyOf(files);
    }

    /** The RUN that creates the paths and gives them to {@code owner} ({@code uid:gid}). */
    GeneratedInstruction.Run ownedBy(String owner) {
        List<String> commands = new ArrayList<>();
        commands.add("mkdir -p " + String.join(" ", directories));
        if (!files.isEmpty()) {
            commands.add("touch " + String.join(" ", files));
        }
        commands.add("chown -R " + owner + " " + String.join(" ", Stream.concat(directories.stream(), files.stream()).toList()));
        return GeneratedInstruction.Run.of(commands);
    }
}
