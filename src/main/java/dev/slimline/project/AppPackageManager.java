package dev.slimline.project;

/**
 * The application's dependency manager (not the OS one), read from manifests and lock files. An open value, not an
 * enum: the stack that detects it declares it (a constant in its class), so adding a stack adds no case here. Equal by id.
 *
 * @param id lower-case, as reports and JSON print it
 */
public record AppPackageManager(String id) {

    public AppPackageManager {
        StackIds.checked(id, "package manager id");
    }

    @Override
    public String toString() {
        return id;
    }
}
