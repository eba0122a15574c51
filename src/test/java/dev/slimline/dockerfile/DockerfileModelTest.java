package dev.slimline.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.dockerfile.Command.ExecForm;
import dev.slimline.dockerfile.Command.ShellForm;
import dev.slimline.dockerfile.Instruction.Add;
import dev.slimline.dockerfile.Instruction.Arg;
import dev.slimline.dockerfile.Instruction.Cmd;
import dev.slimline.dockerfile.Instruction.Copy;
import dev.slimline.dockerfile.Instruction.Entrypoint;
import dev.slimline.dockerfile.Instruction.Env;
import dev.slimline.dockerfile.Instruction.Expose;
import dev.slimline.dockerfile.Instruction.From;
import dev.slimline.dockerfile.Instruction.Healthcheck;
import dev.slimline.dockerfile.Instruction.Label;
import dev.slimline.dockerfile.Instruction.Maintainer;
import dev.slimline.dockerfile.Instruction.OnBuild;
import dev.slimline.dockerfile.Instruction.Run;
import dev.slimline.dockerfile.Instruction.Shell;
import dev.slimline.dockerfile.Instruction.StopSignal;
import dev.slimline.dockerfile.Instruction.User;
import dev.slimline.dockerfile.Instruction.Volume;
import dev.slimline.dockerfile.Instruction.Workdir;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Per-construct assertions: the right record kinds, values and spans. */
class DockerfileModelTest {

    static Dockerfile parse(String text) {
        Dockerfile dockerfile = DockerfileParser.parse(text, Path.of("Dockerfile"));
        assertThat(dockerfile.print()).isEqualTo(text);
        return dockerfile;
    }

    static <T extends Instruction> T nth(Dockerfile dockerfile, int index, Class<T> kind) {
        return kind.cast(dockerfile.instructions().get(index));
    }

    static String covered(Dockerfile dockerfile, Span span) {
        return dockerfile.text().substring(span.startOffset(), span.endOffset());
    }

    // FROM

    @Test
    void platformImageAndLowerCasedStageName() {
        Dockerfile d = parse("FROM --platform=linux/amd64 Golang:1.22 AS Build\n");
        From from = nth(d, 0, From.class);

        assertThat(from.image()).isEqualTo("Golang:1.22");
        assertThat(from.platform()).contains("linux/amd64");
        assertThat(from.stageName()).contains("build");
        assertThat(from.imageSpan()).isEqualTo(new Span(1, 29, 1, 39, 28, 39));
        assertThat(from.flags()).singleElement().satisfies(flag -> {
            assertThat(flag.name()).isEqualTo("platform");
            assertThat(flag.span()).isEqualTo(new Span(1, 6, 1, 27, 5, 27));
        });
        assertThat(from.span()).isEqualTo(new Span(1, 1, 1, 48, 0, 48));
    }

    @Test
    void keywordsAreCaseInsensitive() {
        Dockerfile d = parse("from alpine as base\nRun echo hi\n");

        assertThat(d.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN");
        assertThat(d.instructions().get(1).raw().keywordAsWritten()).isEqualTo("Run");
        assertThat(nth(d, 0, From.class).stageName()).contains("base");
    }

    // RUN

    @Test
    void continuationsAreJoinedAndCommentAndBlankLinesDropped() {
        Dockerfile d = parse("""
                FROM a
                RUN apt-get update && \\
                    # install the compiler
                    apt-get install -y gcc \\

                 && echo done
                """);
        Run run = nth(d, 1, Run.class);

        assertThat(run.command()).isEqualTo(new ShellForm(
                "apt-get update &&     apt-get install -y gcc  && echo done", run.command().span()));
        assertThat(run.raw().comments()).extracting(Comment::text).containsExactly(" install the compiler");
        assertThat(d.comments()).extracting(Comment::text).containsExactly(" install the compiler");
        assertThat(run.span().startLine()).isEqualTo(2);
        assertThat(run.span().endLine()).isEqualTo(6);
        assertThat(run.command().span().startLine()).isEqualTo(2);
        assertThat(run.command().span().startColumn()).isEqualTo(5);
        assertThat(run.text()).endsWith("&& echo done");
    }

    @Test
    void trailingBlanksAfterTheEscapeStillContinue() {
        Dockerfile d = parse("FROM a\nRUN echo a \\  \t\n  b\nRUN echo c \\\\\nRUN echo d\n");

        assertThat(d.instructions()).hasSize(4);
        assertThat(((ShellForm) nth(d, 1, Run.class).command()).script()).isEqualTo("echo a   b");
        assertThat(((ShellForm) nth(d, 2, Run.class).command()).script()).isEqualTo("echo c \\\\");
    }

    @Test
    void aLineAfterAContinuationAndCommentsJoinsTheInstruction() {
        Dockerfile d = parse("FROM a\nRUN x \\\n# only a comment\nENV A\n");

        assertThat(d.instructions()).hasSize(2);
        assertThat(((ShellForm) nth(d, 1, Run.class).command()).script()).isEqualTo("x ENV A");
    }

    @Test
    void execFormWhenValidJsonStringArray() {
        Dockerfile d = parse("FROM a\nRUN [\"/bin/sh\", \"-c\", \"echo \\\"hi\\\" \\u00e9\"]\n");

        assertThat(nth(d, 1, Run.class).command()).isInstanceOfSatisfying(ExecForm.class, exec ->
                assertThat(exec.arguments()).containsExactly("/bin/sh", "-c", "echo \"hi\" \u00e9"));
    }

    @Test
    void invalidJsonFallsBackToShellForm() {
        Dockerfile d = parse("""
                FROM a
                RUN [ "echo", 'single' ]
                RUN ["a",]
                RUN ["ok"] trailing
                RUN [ -f /x ] && echo yes
                """);

        assertThat(d.instructions().subList(1, 5)).allSatisfy(instruction ->
                assertThat(((Run) instruction).command()).isInstanceOf(ShellForm.class));
        assertThat(((ShellForm) nth(d, 4, Run.class).command()).script()).isEqualTo("[ -f /x ] && echo yes");
    }

    @Test
    void mountNetworkAndSecurityFlags() {
        Dockerfile d = parse("""
                FROM a
                RUN --mount=type=cache,target=/root/.cache \\
                    --mount=type=secret,id=npm --network=none --security=insecure pip install x
                """);
        Run run = nth(d, 1, Run.class);

        assertThat(run.mounts()).containsExactly("type=cache,target=/root/.cache", "type=secret,id=npm");
        assertThat(run.network()).contains("none");
        assertThat(run.security()).contains("insecure");
        assertThat(((ShellForm) run.command()).script()).isEqualTo("pip install x");
        assertThat(run.flags().get(1).span().startLine()).isEqualTo(3);
        assertThat(run.flags().get(1).span().startColumn()).isEqualTo(5);
        assertThat(covered(d, run.flags().get(2).span())).isEqualTo("--network=none");
    }

    @Test
    void quotedFlagValuesLoseTheirQuotes() {
        Run run = nth(parse("FROM a\nRUN --mount=\"type=bind,target=/src\" ls\n"), 1, Run.class);

        assertThat(run.mounts()).containsExactly("type=bind,target=/src");
    }

    @Test
    void doubleDashEndsTheFlags() {
        Copy copy = nth(parse("FROM a\nCOPY --chown=1 -- --odd /d\n"), 1, Copy.class);

        assertThat(copy.chown()).contains("1");
        assertThat(copy.sources()).containsExactly("--odd");
    }

    // Heredocs

    @Test
    void runHeredocBodyAndSpan() {
        Dockerfile d = parse("FROM a\nRUN <<EOF\napk add curl\ncurl --version\nEOF\nRUN echo after\n");
        Run run = nth(d, 1, Run.class);

        assertThat(run.heredocs()).singleElement().satisfies(heredoc -> {
            assertThat(heredoc.delimiter()).isEqualTo("EOF");
            assertThat(heredoc.quoted()).isFalse();
            assertThat(heredoc.stripTabs()).isFalse();
            assertThat(heredoc.body()).isEqualTo("apk add curl\ncurl --version\n");
            assertThat(heredoc.span()).isEqualTo(new Span(3, 1, 5, 3, 17, 48));
        });
        assertThat(run.span().endLine()).isEqualTo(5);
        assertThat(((ShellForm) run.command()).script()).isEqualTo("<<EOF");
        assertThat(nth(d, 2, Run.class).line()).isEqualTo(6);
    }

    @Test
    void stripTabsQuotedAndSeveralOnOneLine() {
        Dockerfile d = parse("FROM a\nRUN <<-A cat && <<'B' cat && 3<<C\"\" cat\n\tone $X\n\tA\ntwo $X\nB\nC\n");
        List<Heredoc> heredocs = nth(d, 1, Run.class).heredocs();

        assertThat(heredocs).extracting(Heredoc::delimiter).containsExactly("A", "B", "C");
        assertThat(heredocs).extracting(Heredoc::quoted).containsExactly(false, true, true);
        assertThat(heredocs).extracting(Heredoc::stripTabs).containsExactly(true, false, false);
        assertThat(heredocs.get(0).body()).isEqualTo("\tone $X\n");
        assertThat(heredocs.get(0).content()).isEqualTo("one $X\n");
        assertThat(heredocs.get(1).body()).isEqualTo("two $X\n");
        assertThat(heredocs.get(2).body()).isEmpty();
    }

    @Test
    void delimiterMayFollowBlanksAndBodiesAreTakenInOrder() {
        Dockerfile d = parse("FROM a\nCOPY <<X << Y /dest/\nY\nX\nX\nY\n");
        Copy copy = nth(d, 1, Copy.class);

        assertThat(copy.heredocs()).extracting(Heredoc::delimiter).containsExactly("X", "Y");
        assertThat(copy.heredocs()).extracting(Heredoc::body).containsExactly("Y\n", "X\n");
    }

    @Test
    void copyAndAddHeredocSources() {
        Dockerfile d = parse("FROM a\nCOPY <<EOF /etc/motd\nhi\nEOF\nADD --chmod=600 <<\"F\" /f\nx\nF\n");

        assertThat(nth(d, 1, Copy.class).sources()).containsExactly("<<EOF");
        assertThat(nth(d, 1, Copy.class).destination()).isEqualTo("/etc/motd");
        assertThat(nth(d, 2, Add.class).heredocs()).singleElement()
                .satisfies(h -> assertThat(h.quoted()).isTrue());
    }

    @Test
    void notHeredocsInQuotesJsonOrOtherInstructions() {
        Dockerfile d = parse("FROM a\nRUN echo \"<<EOF\"\nRUN [\"cat\", \"<<EOF\"]\nRUN cat <<< x\nUSER <<A\n");

        assertThat(d.instructions()).allSatisfy(i -> assertThat(i.raw().heredocs()).isEmpty());
        assertThat(nth(d, 4, User.class).user()).isEqualTo("<<A");
    }

    @Test
    void commentLikeLinesInABodyAreBody() {
        Dockerfile d = parse("FROM a\nRUN <<EOF\n# shell comment\nEOF\n");

        assertThat(d.comments()).isEmpty();
        assertThat(nth(d, 1, Run.class).heredocs().get(0).body()).isEqualTo("# shell comment\n");
    }

    @Test
    void onbuildTriggerCarriesTheHeredoc() {
        Dockerfile d = parse("FROM a\nONBUILD RUN <<EOF\necho x\nEOF\n");
        OnBuild onBuild = nth(d, 1, OnBuild.class);

        assertThat(onBuild.trigger()).isInstanceOf(Run.class);
        assertThat(((Run) onBuild.trigger()).heredocs()).extracting(Heredoc::body).containsExactly("echo x\n");
        assertThat(onBuild.trigger().span().startColumn()).isEqualTo(9);
    }

    // COPY and ADD

    @Test
    void everyCopyFlag() {
        Copy copy = nth(parse("FROM a\nCOPY --from=build --chown=1:2 --chmod=0644 --link --parents "
                + "--exclude=*.md --exclude=docs/ a b /dest/\n"), 1, Copy.class);

        assertThat(copy.from()).contains("build");
        assertThat(copy.chown()).contains("1:2");
        assertThat(copy.chmod()).contains("0644");
        assertThat(copy.link()).isTrue();
        assertThat(copy.parents()).isTrue();
        assertThat(copy.excludes()).containsExactly("*.md", "docs/");
        assertThat(copy.sources()).containsExactly("a", "b");
        assertThat(copy.destination()).isEqualTo("/dest/");
    }

    @Test
    void addChecksumKeepGitDirAndFalseLink() {
        Add add = nth(parse("FROM a\nADD --checksum=sha256:abc --keep-git-dir=true --link=false "
                + "https://x/y.git /src\n"), 1, Add.class);

        assertThat(add.checksum()).contains("sha256:abc");
        assertThat(add.keepGitDir()).isTrue();
        assertThat(add.link()).isFalse();
        assertThat(add.sources()).containsExactly("https://x/y.git");
    }

    @Test
    void jsonForm() {
        Copy copy = nth(parse("FROM a\nCOPY [\"a b.txt\", \"c\", \"/d e/\"]\n"), 1, Copy.class);

        assertThat(copy.sources()).containsExactly("a b.txt", "c");
        assertThat(copy.destination()).isEqualTo("/d e/");
    }

    // ENV, LABEL, ARG

    @Test
    void envKeyValueFormsWithQuotesAndSpans() {
        Dockerfile d = parse("FROM a\nENV A=1 B=\"two words\" C='x $y' D=e\\ f E= F=$HOME\n");
        Env env = nth(d, 1, Env.class);

        assertThat(env.pairs()).extracting(KeyValue::key).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(env.pairs()).extracting(KeyValue::value)
                .containsExactly("1", "two words", "x $y", "e f", "", "$HOME");
        assertThat(env.pairs().get(1).rawValue()).isEqualTo("\"two words\"");
        assertThat(covered(d, env.pairs().get(1).span())).isEqualTo("B=\"two words\"");
        assertThat(env.pairs().get(1).span().startColumn()).isEqualTo(9);
    }

    @Test
    void legacyEnvTakesTheRestOfTheLine() {
        Env env = nth(parse("FROM a\nENV MESSAGE hello  \"big\" world\n"), 1, Env.class);

        assertThat(env.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.key()).isEqualTo("MESSAGE");
            assertThat(pair.rawValue()).isEqualTo("hello  \"big\" world");
            assertThat(pair.value()).isEqualTo("hello  big world");
        });
    }

    @Test
    void labelsAcrossContinuationLinesWithQuotedKeys() {
        Dockerfile d = parse("FROM a\nLABEL \"com.example.vendor\"=\"ACME Inc\" \\\n      version=1.0\n");
        Label label = nth(d, 1, Label.class);

        assertThat(label.pairs()).extracting(KeyValue::key).containsExactly("com.example.vendor", "version");
        assertThat(label.pairs()).extracting(KeyValue::value).containsExactly("ACME Inc", "1.0");
        assertThat(label.pairs().get(1).span().startLine()).isEqualTo(3);
        assertThat(label.pairs().get(1).span().startColumn()).isEqualTo(7);
    }

    @Test
    void argSeveralPerLineWithAndWithoutDefaults() {
        Arg arg = nth(parse("ARG A B=2 C=\"x y\" D=\nFROM a\n"), 0, Arg.class);

        assertThat(arg.declarations()).extracting(ArgDeclaration::name).containsExactly("A", "B", "C", "D");
        assertThat(arg.declarations()).extracting(ArgDeclaration::defaultValue).containsExactly(
                Optional.empty(), Optional.of("2"), Optional.of("x y"), Optional.of(""));
    }

    @Test
    void backtickEscapeAppliesToValues() {
        Env env = nth(parse("# escape=`\nFROM a\nENV P=C:\\dir Q=a`\"b R=\"x`\"y\"\n"), 1, Env.class);

        assertThat(env.pairs()).extracting(KeyValue::value).containsExactly("C:\\dir", "a\"b", "x\"y");
    }

    // The other instructions

    @Test
    void simpleOnes() {
        Dockerfile d = parse("""
                FROM a
                EXPOSE 80 443/tcp $PORT
                USER app:staff
                USER 1000
                WORKDIR /app
                VOLUME ["/data", "/logs"]
                VOLUME /a /b
                STOPSIGNAL SIGQUIT
                MAINTAINER Jane Doe <jane@example.com>
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                """);

        assertThat(nth(d, 1, Expose.class).ports()).containsExactly("80", "443/tcp", "$PORT");
        assertThat(nth(d, 2, User.class).user()).isEqualTo("app");
        assertThat(nth(d, 2, User.class).group()).contains("staff");
        assertThat(nth(d, 3, User.class).group()).isEmpty();
        assertThat(nth(d, 4, Workdir.class).path()).isEqualTo("/app");
        assertThat(nth(d, 5, Volume.class).paths()).containsExactly("/data", "/logs");
        assertThat(nth(d, 6, Volume.class).paths()).containsExactly("/a", "/b");
        assertThat(nth(d, 7, StopSignal.class).signal()).isEqualTo("SIGQUIT");
        assertThat(nth(d, 8, Maintainer.class).name()).isEqualTo("Jane Doe <jane@example.com>");
        assertThat(nth(d, 9, Shell.class).shell()).containsExactly("/bin/bash", "-o", "pipefail", "-c");
    }

    @Test
    void cmdAndEntrypointInBothForms() {
        Dockerfile d = parse("FROM a\nENTRYPOINT [\"/tini\", \"--\"]\nCMD node server.js\nCMD []\n");

        assertThat(nth(d, 1, Entrypoint.class).command()).isInstanceOfSatisfying(ExecForm.class,
                exec -> assertThat(exec.arguments()).containsExactly("/tini", "--"));
        assertThat(nth(d, 2, Cmd.class).command()).isInstanceOfSatisfying(ShellForm.class,
                shell -> assertThat(shell.script()).isEqualTo("node server.js"));
        assertThat(nth(d, 3, Cmd.class).command()).isInstanceOfSatisfying(ExecForm.class,
                exec -> assertThat(exec.arguments()).isEmpty());
    }

    @Test
    void healthcheckNoneAndCheckWithEveryOption() {
        Dockerfile d = parse("""
                FROM a
                HEALTHCHECK NONE
                HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 \\
                  CMD curl -f http://localhost/ || exit 1
                healthcheck cmd ["wget", "-q", "http://localhost/"]
                """);

        assertThat(nth(d, 1, Healthcheck.class).isNone()).isTrue();
        Healthcheck check = nth(d, 2, Healthcheck.class);
        assertThat(check.mode()).isInstanceOfSatisfying(Healthcheck.Check.class, options -> {
            assertThat(options.interval()).contains("30s");
            assertThat(options.timeout()).contains("3s");
            assertThat(options.startPeriod()).contains("5s");
            assertThat(options.startInterval()).contains("1s");
            assertThat(options.retries()).contains("3");
            assertThat(options.command()).isEqualTo(new ShellForm("curl -f http://localhost/ || exit 1",
                    options.command().span()));
            assertThat(options.command().span().startLine()).isEqualTo(4);
        });
        assertThat(((Healthcheck.Check) nth(d, 3, Healthcheck.class).mode()).command())
                .isInstanceOf(ExecForm.class);
    }

    @Test
    void onbuildWrapsATypedTrigger() {
        Dockerfile d = parse("FROM a\nONBUILD COPY --chown=1 . /app\nonbuild env A=b\n");
        OnBuild copy = nth(d, 1, OnBuild.class);

        assertThat(copy.trigger()).isInstanceOfSatisfying(Copy.class, c -> {
            assertThat(c.chown()).contains("1");
            assertThat(c.destination()).isEqualTo("/app");
        });
        assertThat(covered(d, copy.trigger().span())).isEqualTo("COPY --chown=1 . /app");
        assertThat(nth(d, 2, OnBuild.class).trigger()).isInstanceOf(Env.class);
    }

    // Directives, comments, line endings, layout

    @Test
    void directivesAtTheTop() {
        Dockerfile d = parse("# syntax=docker/dockerfile:1\n#  CHECK = skip=all  \n# escape=`\nFROM a\n"
                + "RUN echo `\n  b\n");

        assertThat(d.directives()).extracting(Directive::name).containsExactly("syntax", "check", "escape");
        assertThat(d.directive("check")).contains("skip=all");
        assertThat(d.escape()).isEqualTo('`');
        assertThat(((ShellForm) nth(d, 1, Run.class).command()).script()).isEqualTo("echo   b");
        assertThat(d.directives().get(1).span()).isEqualTo(new Span(2, 1, 2, 21, 29, 50));
    }

    @Test
    void aDirectiveAfterACommentOrBlankLineIsAComment() {
        Dockerfile d = parse("# hello\n# escape=`\nFROM a\n");
        Dockerfile blank = parse("\n# escape=`\nFROM a\n");

        assertThat(d.directives()).isEmpty();
        assertThat(d.escape()).isEqualTo('\\');
        assertThat(d.comments()).extracting(Comment::text).containsExactly(" hello", " escape=`");
        assertThat(blank.directives()).isEmpty();
    }

    @Test
    void unknownDirectiveEndsTheDirectiveBlock() {
        Dockerfile d = parse("# foo=bar\n# syntax=x\nFROM a\n");

        assertThat(d.directives()).isEmpty();
        assertThat(d.comments()).hasSize(2);
    }

    @Test
    void crlfLineEndings() {
        Dockerfile d = parse("FROM a\r\nRUN echo a \\\r\n  b\r\nENV X=1\r\n");

        assertThat(((ShellForm) nth(d, 1, Run.class).command()).script()).isEqualTo("echo a   b");
        assertThat(nth(d, 1, Run.class).text()).isEqualTo("RUN echo a \\\r\n  b");
        assertThat(nth(d, 2, Env.class).pairs().get(0).value()).isEqualTo("1");
        assertThat(nth(d, 2, Env.class).span()).isEqualTo(new Span(4, 1, 4, 7, 27, 34));
    }

    @Test
    void byteOrderMarkIsKeptButNotCounted() {
        Dockerfile d = parse("\uFEFFFROM a\nRUN x\n");

        assertThat(d.segments().get(0).kind()).isEqualTo(Segment.Kind.BYTE_ORDER_MARK);
        assertThat(d.instructions().get(0).span()).isEqualTo(new Span(1, 1, 1, 6, 1, 7));
        assertThat(d.instructions().get(1).span().startColumn()).isEqualTo(1);
    }

    @Test
    void noTrailingNewline() {
        Dockerfile d = parse("FROM a\nRUN echo end");

        assertThat(nth(d, 1, Run.class).span()).isEqualTo(new Span(2, 1, 2, 12, 7, 19));
        assertThat(d.segments().get(d.segments().size() - 1).text()).isEqualTo("RUN echo end");
    }

    @Test
    void segmentsDescribeEveryLine() {
        Dockerfile d = parse("# syntax=x\n\n# note\n  FROM a\n   \nRUN b\n");

        assertThat(d.segments()).extracting(Segment::kind).containsExactly(Segment.Kind.DIRECTIVE,
                Segment.Kind.BLANK, Segment.Kind.COMMENT, Segment.Kind.INSTRUCTION, Segment.Kind.BLANK,
                Segment.Kind.INSTRUCTION);
        assertThat(d.instructions().get(0).span().startColumn()).isEqualTo(3);
    }
}
