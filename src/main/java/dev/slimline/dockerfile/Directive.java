package dev.slimline.dockerfile;

/**
 * A parser directive at the top of the file, e.g. {@code # syntax=docker/dockerfile:1} or {@code # escape=`}.
 * {@code name} is lower-cased; only {@code syntax}, {@code escape} and {@code check} are recognised (as BuildKit).
 */
public record Directive(String name, String value, Span span) {
}
