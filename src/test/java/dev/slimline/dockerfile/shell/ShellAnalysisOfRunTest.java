package dev.slimline.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.Instruction;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellAnalysisOfRunTest {

    private static Instruction.Run run(String dockerfile) {
        return DockerfileParser.parse(dockerfile, null).stages().get(0).instructionsOf(Instruction.Run.class).get(0);
    }

    private static List<String> programs(String dockerfile) {
        return ShellAnalysis.of(run(dockerfile)).commands().stream().map(ShellCommand::program).toList();
    }

    @Test
    void shellFormWithContinuationsAndInnerComments() {
        assertThat(programs("""
                FROM debian:12
                RUN apt-get update \\
                # a comment inside the continuation
                    && apt-get install -y curl
                """)).containsExactly("apt-get", "apt-get");
    }

    @Test
    void execFormRunningAShellReadsItsScript() {
        assertThat(programs("FROM debian:12\nRUN [\"/bin/sh\", \"-c\", \"apt-get update && rm -rf /var/lib/apt/lists/*\"]\n"))
                .containsExactly("apt-get", "rm");
    }

    @Test
    void otherExecFormsAreOneCommand() {
        ShellAnalysis analysis = ShellAnalysis.of(run("FROM debian:12\nRUN [\"pip\", \"install\", \"a b\"]\n"));
        assertThat(analysis.commands()).hasSize(1);
        assertThat(analysis.tools(PipCommand.class).get(0).packages()).containsExactly("a b");
    }

    @Test
    void heredocFedToTheShellIsTheScript() {
        assertThat(programs("""
                FROM debian:12
                RUN <<EOF
                apt-get update
                apt-get install -y curl
                EOF
                """)).containsExactly("apt-get", "apt-get");
        assertThat(programs("""
                FROM debian:12
                RUN bash <<EOF
                pip install x
                EOF
                """)).containsExactly("pip");
    }

    @Test
    void heredocWrittenToAFileIsData() {
        assertThat(programs("""
                FROM debian:12
                RUN cat <<EOF > /etc/motd
                rm -rf /
                EOF
                """)).containsExactly("cat");
    }
}
