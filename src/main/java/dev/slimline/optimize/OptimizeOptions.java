package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImageChoice;

import java.util.Optional;

/**
 * What the user asked for: the base family, the non-root user (name and numeric uid; empty means the stack's
 * convention), the health probe (path or whole command, or none), and whether to skip the multi-stage templates
 * ({@code recipesOnly}: the last candidate the proof step tries when no rewrite passes on the engine).
 * {@code noHealthcheckBecause} says why there is no HEALTHCHECK when the proof, not the user, left it out.
 */
public record OptimizeOptions(BaseImageChoice.Family family, Optional<String> user, Optional<Integer> uid,
                              Optional<String> healthPath, Optional<String> healthCmd, boolean noHealthcheck,
                              boolean recipesOnly, Optional<String> noHealthcheckBecause) {

    public OptimizeOptions(BaseImageChoice.Family family, Optional<String> user, Optional<Integer> uid,
                           Optional<String> healthPath, Optional<String> healthCmd, boolean noHealthcheck) {
        this(family, user, uid, healthPath, healthCmd, noHealthcheck, false, Optional.empty());
    }

    public static OptimizeOptions defaults() {
        return new OptimizeOptions(BaseImageChoice.Family.AUTO, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }

    public OptimizeOptions withFamily(BaseImageChoice.Family newFamily) {
        return new OptimizeOptions(newFamily, user, uid, healthPath, healthCmd, noHealthcheck, recipesOnly, noHealthcheckBecause);
    }

    public OptimizeOptions withHealthCmd(String command) {
        return new OptimizeOptions(family, user, uid, healthPath, Optional.of(command), noHealthcheck, recipesOnly,
                noHealthcheckBecause);
    }

    public OptimizeOptions withoutHealthcheck() {
        return new OptimizeOptions(family, user, uid, healthPath, healthCmd, true, recipesOnly, noHealthcheckBecause);
    }

    /** No HEALTHCHECK, for a reason the proof found (printed instead of "--no-healthcheck"). */
    public OptimizeOptions withoutHealthcheck(String because) {
        return new OptimizeOptions(family, user, uid, healthPath, healthCmd, true, recipesOnly, Optional.of(because));
    }

    /** The HEALTHCHECK requests {@code path}, as if given with --health-path. */
    public OptimizeOptions withHealthPath(String path) {
        return new OptimizeOptions(family, user, uid, Optional.of(path), healthCmd, noHealthcheck, recipesOnly,
                noHealthcheckBecause);
    }

    public OptimizeOptions withUser(String name, int id) {
        return new OptimizeOptions(family, Optional.of(name), Optional.of(id), healthPath, healthCmd, noHealthcheck,
                recipesOnly, noHealthcheckBecause);
    }

    /** The same options with the templates skipped: safe recipes only. */
    public OptimizeOptions withRecipesOnly() {
        return new OptimizeOptions(family, user, uid, healthPath, healthCmd, noHealthcheck, true, noHealthcheckBecause);
    }
}
