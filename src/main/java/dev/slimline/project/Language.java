package dev.slimline.project;

/**
 * The language of a build context, as its manifests say. An open value, not an enum: each optimizer stack declares
 * its own (a {@code LANGUAGE} constant in its class), so adding a stack adds no case here. Equal by id.
 *
 * @param id lower-case, as reports, JSON and SARIF print it and as the knowledge catalog's {@code runtime} spells it
 */
public record Language(String id) {

    public Language {
        StackIds.checked(id, "language id");
    }

    @Override
    public String toString() {
        return id;
    }
}
