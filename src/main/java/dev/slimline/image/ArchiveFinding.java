package dev.slimline.image;

/**
 * Something hostile or malformed seen while reading, that did not stop the read: the entry was
 * left out or normalised, never followed or extracted.
 *
 * @param kind  what was seen
 * @param where layer (or "archive") and entry name, for the user to locate it
 * @param detail one line; never file content
 */
public record ArchiveFinding(Kind kind, String where, String detail) {

    public enum Kind {
        /** A name with {@code ..} that climbs above the root: Docker refuses to load such a layer. */
        PATH_TRAVERSAL,
        /** A name starting with {@code /}: read as relative to the root, as Docker does. */
        ABSOLUTE_PATH,
        /** A symlink or hard link whose target climbs above the root. */
        LINK_ESCAPES_ROOT,
        /** A GNU long-name or PAX header larger than the limit: skipped unread. */
        GIANT_HEADER,
        /** A path longer than PATH_MAX or deeper than the limit: left out of the tree. */
        PATH_TOO_LONG,
        /** An entry of the outer archive or a blob that nothing references or that could not be used. */
        UNUSED_ENTRY
    }
}
