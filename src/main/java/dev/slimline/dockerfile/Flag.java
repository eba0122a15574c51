package dev.slimline.dockerfile;

import java.util.Optional;

/**
 * One {@code --name=value} (or bare {@code --name}) option of an instruction, e.g. {@code --from=build}.
 * {@code name} is without the dashes; {@code value} is empty for a bare flag.
 */
public record Flag(String name, Optional<String> value, Span span) {

    /** The value, or {@code ""} for a bare flag. */
    public String valueOrEmpty() {
        return value.orElse("");
    }
}
