package dev.slimline.dockerfile;

/**
 * One pair of ENV or LABEL ({@code k=v} or legacy {@code ENV k v}). {@code value} has the quotes and escapes of
 * the Dockerfile removed but variables unexpanded; {@code rawValue} is the value as written.
 */
public record KeyValue(String key, String value, String rawValue, Span span) {
}
