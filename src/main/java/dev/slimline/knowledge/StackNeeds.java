package dev.slimline.knowledge;

/**
 * What an application needs from its runtime image, each with the reason it was detected (null when not
 * needed). Decides which slimmer siblings are safe: musl breaks glibc-linked native modules, distroless has
 * no shell for shell-form CMDs or entrypoint scripts.
 */
public record StackNeeds(String glibcBecause, String shellBecause, String packageManagerBecause) {

    public static final StackNeeds NONE = new StackNeeds(null, null, null);

    public boolean glibc() {
        return glibcBecause != null;
    }

    public boolean shell() {
        return shellBecause != null;
    }

    public boolean packageManager() {
        return packageManagerBecause != null;
    }

    public StackNeeds withGlibc(String because) {
        return new StackNeeds(because, shellBecause, packageManagerBecause);
    }

    public StackNeeds withShell(String because) {
        return new StackNeeds(glibcBecause, because, packageManagerBecause);
    }

    public StackNeeds withPackageManager(String because) {
        return new StackNeeds(glibcBecause, shellBecause, because);
    }

    /** Whether {@code image} satisfies every need. */
    boolean metBy(BaseImage image) {
        return !(glibc() && image.libc() == BaseImage.Libc.MUSL)
                && !(shell() && !image.shell())
                && !(packageManager() && image.packageManager() == PackageManager.NONE);
    }
}
