package dev.slimline.dockerfile;

import java.util.Optional;

/** One name of an ARG line ({@code ARG a b=2} declares two); the default has quotes removed, unexpanded. */
public record ArgDeclaration(String name, Optional<String> defaultValue, Span span) {
}
