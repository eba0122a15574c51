package dev.slimline.rule;

import dev.slimline.Severity;

/**
 * A rule class's {@link RuleInfo}, read once per class. Reading the annotation and calling its methods goes
 * through reflection and a proxy each time; rules need their id and severity for every finding and the engine
 * for every file, so the values are kept as plain fields.
 */
record RuleIdentity(RuleInfo info, String id, Severity severity, Category category) {

    private static final ClassValue<RuleIdentity> BY_CLASS = new ClassValue<>() {
        @Override
        protected RuleIdentity computeValue(Class<?> type) {
            RuleInfo info = type.getAnnotation(RuleInfo.class);
            if (info == null) {
                throw new IllegalStateException(type.getName() + " has no @RuleInfo");
            }
            return new RuleIdentity(info, info.id(), info.severity(), info.category());
        }
    };

    static RuleIdentity of(Class<?> ruleClass) {
        return BY_CLASS.get(ruleClass);
    }
}
