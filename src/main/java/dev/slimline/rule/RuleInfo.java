package dev.slimline.rule;

import dev.slimline.Severity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The identity of a rule, in one place on its class. {@code id} is a public contract: once released it is never
 * reused or renumbered. The mapped IDs name the equivalent checks of other tools, so that their suppression
 * comments keep working ({@code # hadolint ignore=DL3009}) and reports can cross-reference them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** {@code SL1xxx} size, {@code SL2xxx} security, {@code SL3xxx} reliability and maintainability. */
    String id();

    /** One line, imperative or descriptive, shown in tables and SARIF rule metadata. */
    String summary();

    Severity severity();

    Category category();

    /** hadolint rule IDs ({@code DL3009}) this rule covers. */
    String[] hadolint() default {};

    /** Trivy Dockerfile misconfiguration IDs ({@code DS017}). */
    String[] trivy() default {};

    /** BuildKit build-check names ({@code JSONArgsRecommended}). */
    String[] buildkit() default {};
}
