package dev.slimline.scan.ignore;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * trivy's {@code .trivyignore}: one vulnerability id a line, {@code #} comments, and an optional {@code exp:YYYY-MM-DD}
 * after the id, as trivy documents it. So a team moving from trivy keeps its accepted findings; the reason is the
 * comment block just above the id, when there is one.
 */
public final class TrivyIgnoreLoader {

    public static final String FILE_NAME = ".trivyignore";

    private TrivyIgnoreLoader() {
    }

    public static IgnoreList load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "cannot read: " + e.getMessage());
        }
        List<IgnoreEntry> entries = new ArrayList<>();
        StringBuilder comment = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) {
                comment.append(comment.isEmpty() ? "" : " ").append(line.substring(1).strip());
                continue;
            }
            if (line.isEmpty()) {
                comment.setLength(0);
                continue;
            }
            String[] fields = line.split("\\s+");
            Optional<LocalDate> expires = Optional.empty();
            for (int f = 1; f < fields.length; f++) {
                if (fields[f].startsWith("exp:")) {
                    expires = Optional.of(date(file, i + 1, line.indexOf(fields[f]) + 1, fields[f].substring(4)));
                }
            }
            entries.add(new IgnoreEntry(fields[0], comment.isEmpty() ? "listed in " + FILE_NAME : comment.toString(),
                    expires, new SourceLocation(file, i + 1, 1)));
            comment.setLength(0);
        }
        return new IgnoreList(entries);
    }

    private static LocalDate date(Path file, int line, int column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw SlimlineException.badInput(new SourceLocation(file, line, column),
                    "exp: must be a date YYYY-MM-DD, got '" + text + "'");
        }
    }
}
