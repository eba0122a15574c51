package dev.slimline.rule;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Span;
import java.util.List;
import java.util.Optional;

/**
 * One check over a parsed Dockerfile; its identity is its {@link RuleInfo} annotation. Rules report what they
 * see at the default severity: the engine applies severity overrides and suppressions.
 */
public interface Rule {

    List<Finding> check(Dockerfile dockerfile, RuleContext context);

    /** This rule's annotation; every rule class must carry one. */
    default RuleInfo info() {
        return RuleIdentity.of(getClass()).info();
    }

    default Finding finding(Dockerfile dockerfile, Span span, String message) {
        return finding(dockerfile, span, message, Optional.empty());
    }

    default Finding finding(Dockerfile dockerfile, Instruction at, String message) {
        return finding(dockerfile, at.span(), message, Optional.empty());
    }

    default Finding finding(Dockerfile dockerfile, Instruction at, String message, Fix fix) {
        return finding(dockerfile, at.span(), message, Optional.of(fix));
    }

    default Finding finding(Dockerfile dockerfile, Span span, String message, Optional<Fix> fix) {
        RuleIdentity identity = RuleIdentity.of(getClass());
        return new Finding(identity.id(), identity.severity(), identity.category(), message, dockerfile.path(), span, fix);
    }
}
