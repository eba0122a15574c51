package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImageChoice;

import java.util.Optional;

/**
 * What the user asked for: the base family, the non-root user (name and numeric uid; empty means the stack's
 * convention), the health probe (path or whole command, or none), and whether to skip the multi-stage templates
 * ({@code recipesOnly}: the last candidate the proof step tries when no rewrite passes on the engine).
 */
public record OptimizeOptions(BaseImageChoice.Family family, Optional<String> user, Optional<Integer> uid,
                              Optional<String> healthPath, Optional<String> healthCmd, boolean noHealthcheck,
                              boolean recipesOnly) {

    public OptimizeOptions(BaseImageChoice.Family family, Optional<String> user, Optional<Integer> uid,
                           Optional<String> healthPath, Optional<String> healthCmd, boolean noHealthcheck) {
        this(family, user, uid, healthPath, healthCmd, noHealthcheck, false);
    }

    public static OptimizeOptions defaults() {
        return new OptimizeOptions(BaseImageChoice.Family.AUTO, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }

    public OptimizeOptions withFamily(BaseImageChoice.Family newFamily) {
        return new OptimizeOptions(newFamily, user, uid, healthPath, healthCmd, noHealthcheck, recipesOnly);
    }

    public OptimizeOptions withHealthCmd(String command) {
        return new OptimizeOptions(family, user, uid, healthPath, Optional.of(command), noHealthcheck, recipesOnly);
    }

    public OptimizeOptions withoutHealthcheck() {
        return new OptimizeOptions(family, user, uid, healthPath, healthCmd, true, recipesOnly);
    }

    public OptimizeOptions withUser(String name, int id) {
        return new OptimizeOptions(family, Optional.of(name), Optional.of(id), healthPath, healthCmd, noHealthcheck,
                recipesOnly);
    }

    /** The same options with the templates skipped: safe recipes only. */
    public OptimizeOptions withRecipesOnly() {
        return new OptimizeOptions(family, user, uid, healthPath, healthCmd, noHealthcheck, true);
    }
}
