package dev.slimline.optimize;

import java.util.List;

/** Builds Dockerfile text line by line; stages are separated by one blank line. */
final class DockerfileText {

    private final StringBuilder out = new StringBuilder();

    DockerfileText line(String line) {
        out.append(line).append('\n');
        return this;
    }

    DockerfileText lines(List<String> lines) {
        lines.forEach(this::line);
        return this;
    }

    DockerfileText stage(String from) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
        return line("FROM " + from);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
