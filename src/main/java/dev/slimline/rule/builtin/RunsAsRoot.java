package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The final image runs as root: its last USER (over the target stage and the stages it is FROM) is root, or no
 * shipped stage sets one. Builder stages may use root freely: only the image that runs counts.
 */
@RuleInfo(id = "SL2001", summary = "Final image runs as root", severity = Severity.HIGH, category = Category.SECURITY,
        hadolint = "DL3002", trivy = "DS002")
public final class RunsAsRoot implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        Optional<Instruction.User> last = Optional.empty();
        for (Stage stage : context.shippedStages()) {
            List<Instruction.User> users = stage.instructionsOf(Instruction.User.class);
            if (!users.isEmpty()) {
                last = Optional.of(users.get(users.size() - 1));
            }
        }
        if (last.isPresent()) {
            String user = last.get().user();
            if (user.equals("root") || user.equals("0")) {
                return List.of(finding(dockerfile, last.get(), "the last USER of the final image is root; switch to an unprivileged user"));
            }
            return List.of();
        }
        String base = context.resolvedBaseImage(context.shippedStages().get(0));
        if (base.contains("nonroot") || base.contains("rootless")) {
            return List.of(); // images such as distroless :nonroot already default to an unprivileged user
        }
        return List.of(finding(dockerfile, context.targetStage().from(),
                "no USER in the final image: it runs as root; add a user and USER it"));
    }
}
