package dev.slimline.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ShellSplitterTest {

    static List<Arguments> scripts() {
        return List.of(
                Arguments.of("apt-get update && apt-get install -y curl", List.of("apt-get update", "apt-get install -y curl")),
                Arguments.of("a || b; c | d & e", List.of("a", "b", "c", "d", "e")),
                Arguments.of("a\nb\n\nc", List.of("a", "b", "c")),
                Arguments.of("echo 'a && b' \"c; d\"", List.of("echo a && b c; d")),
                Arguments.of("echo a\\ b\\;c && x", List.of("echo a b;c", "x")),
                Arguments.of("apt-get update \\\n && apt-get install -y \\\n    gcc \\\n    make", List.of("apt-get update", "apt-get install -y gcc make")),
                Arguments.of("echo $(cd /x && ls) `a;b` ${X:-a b}", List.of("echo $(cd /x && ls) `a;b` ${X:-a b}")),
                Arguments.of("(cd /src && make) && { echo ok; }", List.of("cd /src", "make", "echo ok")),
                Arguments.of("if [ -f x ]; then rm x; else touch x; fi", List.of("[ -f x ]", "rm x", "touch x")),
                Arguments.of("make 2>&1 > /tmp/log && cat < in >> out", List.of("make", "cat")),
                Arguments.of("DEBIAN_FRONTEND=noninteractive apt-get install -y x", List.of("apt-get install -y x")),
                Arguments.of("# comment && not a command\necho hi # trailing; comment", List.of("echo hi")),
                Arguments.of("cat <<EOF > /etc/x && echo after\nline one && rm -rf /\nEOF\necho done", List.of("cat", "echo after", "echo done")),
                Arguments.of("cat <<-'END'\n\tbody\n\tEND\nls", List.of("cat", "ls")),
                Arguments.of("", List.of()),
                Arguments.of("echo \"unterminated", List.of("echo unterminated")));
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void splitsIntoCommands(String script, List<String> expected) {
        List<String> argvs = ShellSplitter.split(script).commands().stream()
                .map(c -> String.join(" ", c.argv())).toList();
        assertThat(argvs).isEqualTo(expected);
    }

    @Test
    void recordsOffsetsAndOperators() {
        String script = "apt-get update && curl -s x | sh";
        List<ShellCommand> commands = ShellSplitter.split(script).commands();
        assertThat(commands).extracting(ShellCommand::next).containsExactly(Operator.AND, Operator.PIPE, Operator.END);
        assertThat(script.substring(commands.get(0).start(), commands.get(0).end())).isEqualTo("apt-get update");
        assertThat(script.substring(commands.get(1).start(), commands.get(1).end())).isEqualTo("curl -s x");
        assertThat(script.substring(commands.get(2).start(), commands.get(2).end())).isEqualTo("sh");
    }

    @Test
    void keepsAssignmentsApartFromArgv() {
        ShellCommand command = ShellSplitter.split("A=1 B=\"x y\" env C=2 sudo -u app /usr/bin/pip install x").commands().get(0);
        assertThat(command.assignments()).containsExactly("A=1", "B=x y");
        assertThat(command.name()).isEqualTo("env");
        assertThat(command.effectiveArgv()).containsExactly("pip", "install", "x");
        assertThat(command.usesSudo()).isFalse();
        assertThat(ShellSplitter.split("sudo apt-get update").commands().get(0).usesSudo()).isTrue();
    }

    @Test
    void assignmentOnlyCommandHasNoArgv() {
        ShellCommand command = ShellSplitter.split("X=1").commands().get(0);
        assertThat(command.argv()).isEmpty();
        assertThat(command.assignments()).containsExactly("X=1");
        assertThat(command.program()).isEmpty();
    }
}
