package dev.slimline.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the slimmer base image an application can move to, with the reason. Shared by the audit's
 * savings estimate and the optimizer, so that both promise the same target.
 *
 * <p>The runtime and its version are kept (python 3.11 stays 3.11); toolchain images deploy on what their
 * output runs on (Go on a static image, Maven/JDK images on a JRE of the same Java). AUTO takes the
 * smallest family the stack's needs allow.
 */
public final class BaseImageChoice {

    /** The family asked for on the command line ({@code --base-family}). */
    public enum Family {
        SLIM, ALPINE, DISTROLESS, AUTO;

        public static Family parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A move from one base image to another.
     *
     * @param from   the catalog entry of the current base
     * @param to     the chosen base
     * @param reason one line for reports, saying why this image and what it saves
     */
    public record Choice(CatalogMatch from, BaseImage to, String reason) {
        public long savedBytes() {
            return from.image().sizeBytes() - to.sizeBytes();
        }
    }

    private final KnowledgeCatalog catalog;

    public BaseImageChoice(KnowledgeCatalog catalog) {
        this.catalog = catalog;
    }

    public Optional<Choice> slimmerSibling(String reference, Family family) {
        return slimmerSibling(reference, family, StackNeeds.NONE);
    }

    /** The smallest compatible image of {@code family} that is smaller than {@code reference}'s, if any. */
    public Optional<Choice> slimmerSibling(String reference, Family family, StackNeeds needs) {
        return catalog.lookup(reference).flatMap(match -> choose(match, family, needs));
    }

    private Optional<Choice> choose(CatalogMatch match, Family family, StackNeeds needs) {
        BaseImage from = match.image();
        String targetRuntime = catalog.deploysOn(from.runtime());
        boolean keepsVersion = targetRuntime.equals(from.runtime());
        List<BaseImage> candidates = new ArrayList<>();
        for (BaseImage candidate : catalog.images()) {
            if (candidate.role() == BaseImage.Role.RUN
                    && candidate.runtime().equals(targetRuntime)
                    && (!keepsVersion || candidate.runtimeVersion().equals(from.runtimeVersion()))
                    && inFamily(candidate, family)
                    && needs.metBy(candidate)
                    && candidate.sizeBytes() < from.sizeBytes()) {
                candidates.add(candidate);
            }
        }
        return candidates.stream()
                .min(Comparator.comparingLong(BaseImage::sizeBytes))
                .map(to -> new Choice(match, to, reason(from, to, family, needs)));
    }

    /** Whether {@code candidate} belongs to the asked family (AUTO: any but full images and scratch). */
    public static boolean inFamily(BaseImage candidate, Family family) {
        return switch (family) {
            case SLIM -> candidate.family() == ImageFamily.SLIM;
            case ALPINE -> candidate.family() == ImageFamily.ALPINE;
            case DISTROLESS -> candidate.family() == ImageFamily.DISTROLESS;
            // scratch lacks CA certificates, time zones and /etc/passwd: never chosen unasked
            case AUTO -> candidate.family() != ImageFamily.FULL && candidate.family() != ImageFamily.SCRATCH;
        };
    }

    private static String reason(BaseImage from, BaseImage to, Family family, StackNeeds needs) {
        StringBuilder reason = new StringBuilder();
        if (from.role() == BaseImage.Role.BUILD) {
            reason.append(from.reference()).append(" is a toolchain image; its output runs on ");
        }
        reason.append(family == Family.AUTO ? "smallest compatible image " : "smallest " + family.name()
                .toLowerCase(Locale.ROOT) + " image ");
        reason.append(describeRuntime(to));
        List<String> kept = new ArrayList<>();
        if (needs.glibc()) {
            kept.add("glibc kept: " + needs.glibcBecause());
        }
        if (needs.shell()) {
            kept.add("shell kept: " + needs.shellBecause());
        }
        if (needs.packageManager()) {
            kept.add("package manager kept: " + needs.packageManagerBecause());
        }
        if (!kept.isEmpty()) {
            reason.append(" (").append(String.join("; ", kept)).append(')');
        }
        return reason.toString();
    }

    private static String describeRuntime(BaseImage to) {
        String runtime = switch (to.runtime()) {
            case "static" -> "for a static binary";
            case "os" -> "with the same OS release";
            default -> "for " + to.runtime() + " " + to.runtimeVersion();
        };
        return runtime + ": " + to.reference();
    }
}
