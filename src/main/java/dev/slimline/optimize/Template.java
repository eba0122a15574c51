package dev.slimline.optimize;

/** A multi-stage rewrite for one stack. */
interface Template {

    /** Whether this template is for the detected stack at all. */
    boolean matches(TemplateInput input);

    /** The rewrite, or a refusal with the reason when the original's intent cannot be kept safely. */
    TemplateOutcome render(TemplateInput input);

    sealed interface TemplateOutcome {
    }

    record Rewritten(TemplateResult result) implements TemplateOutcome {
    }

    record Refused(String reason) implements TemplateOutcome {
    }
}
