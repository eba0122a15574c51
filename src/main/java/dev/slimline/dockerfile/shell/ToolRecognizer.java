package dev.slimline.dockerfile.shell;

import java.util.Optional;

/** Reads one family of tools (apt, apk, pip, ...) out of a simple command. */
public interface ToolRecognizer {

    /** The tool command, or empty when {@code command} is not one of this family's. */
    Optional<ToolCommand> recognize(ShellCommand command);
}
