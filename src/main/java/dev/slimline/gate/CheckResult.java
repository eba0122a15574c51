package dev.slimline.gate;

import dev.slimline.SourceLocation;
import java.util.Optional;

/**
 * One budget check of one service.
 *
 * @param figure  what was measured, as printed ({@code 1.1 GB}, {@code 2 high})
 * @param limit   the budget, as printed ({@code 200 MB}, {@code none >= high})
 * @param message one sentence saying what passed or failed and by how much
 * @param setAt   where the config set this limit
 */
public record CheckResult(CheckKind kind, boolean passed, String figure, String limit, String message,
        Optional<SourceLocation> setAt) {
}
