package dev.slimline.project;

import java.util.Objects;
import java.util.regex.Pattern;

/** The one spelling rule for the ids stacks declare ({@link Language}, {@link AppPackageManager}). */
final class StackIds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private StackIds() {
    }

    /** The id, when lower-case letters, digits and '-' (what reports print and the catalog spells). */
    static String checked(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a " + what + " is lower-case letters, digits and '-': \"" + id + "\"");
        }
        return id;
    }
}
