package dev.slimline.verify;

/**
 * One image verify built.
 *
 * @param tag the tag it got
 * @param id its id
 * @param sizeBytes its size as {@code docker images} reports it
 * @param layers how many layers hold files
 * @param buildMillis wall-clock build time
 */
public record BuiltImage(String tag, String id, long sizeBytes, int layers, long buildMillis) {
}
