package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Dockerfile instruction; one record per keyword BuildKit accepts. Each record's first component is the
 * {@link RawInstruction} (keyword, span, text, flags); the rest is the meaning of the arguments. Values are as
 * written, except ENV/LABEL/ARG values which have Dockerfile quoting removed; variables are never expanded (see
 * {@link VariableExpander}), as BuildKit expands them only at build time.
 */
public sealed interface Instruction {

    RawInstruction raw();

    /** Upper-cased keyword, e.g. {@code COPY}. */
    default String keyword() {
        return raw().keyword();
    }

    default Span span() {
        return raw().span();
    }

    /** The exact source text of the instruction (continuations and heredoc bodies included). */
    default String text() {
        return raw().text();
    }

    default List<Flag> flags() {
        return raw().flags();
    }

    default int line() {
        return raw().span().startLine();
    }

    /** The value of the last {@code --name} flag ({@code ""} for a bare flag), as BuildKit lets the last win. */
    default Optional<String> flag(String name) {
        Optional<String> found = Optional.empty();
        for (Flag flag : raw().flags()) {
            if (flag.name().equals(name)) {
                found = Optional.of(flag.valueOrEmpty());
            }
        }
        return found;
    }

    /** Every value of a repeatable flag such as {@code --mount} or {@code --exclude}, in order. */
    default List<String> flagValues(String name) {
        List<String> values = new ArrayList<>();
        for (Flag flag : raw().flags()) {
            if (flag.name().equals(name)) {
                values.add(flag.valueOrEmpty());
            }
        }
        return values;
    }

    /** True for a bare boolean flag or one set to {@code true} (e.g. {@code --link}). */
    default boolean flagEnabled(String name) {
        return flag(name).map(v -> v.isEmpty() || v.equalsIgnoreCase("true")).orElse(false);
    }

    /** {@code FROM [--platform=p] image [AS name]}; {@code imageSpan} locates the image reference. */
    record From(RawInstruction raw, String image, Span imageSpan, Optional<String> stageName) implements Instruction {
        public Optional<String> platform() {
            return flag("platform");
        }
    }

    /** {@code RUN [--mount=...] [--network=...] [--security=...] command}, heredoc bodies in {@link #heredocs()}. */
    record Run(RawInstruction raw, Command command) implements Instruction {
        public List<String> mounts() {
            return flagValues("mount");
        }

        public Optional<String> network() {
            return flag("network");
        }

        public Optional<String> security() {
            return flag("security");
        }

        public List<Heredoc> heredocs() {
            return raw.heredocs();
        }
    }

    /** {@code COPY [flags] src... dest}; a source may be a heredoc ({@code <<EOF}), its body in {@link #heredocs()}. */
    record Copy(RawInstruction raw, List<String> sources, String destination) implements FileTransfer {
        public Copy {
            sources = List.copyOf(sources);
        }
    }

    /** {@code ADD [flags] src... dest}; like COPY but sources may be URLs, git repositories or archives. */
    record Add(RawInstruction raw, List<String> sources, String destination) implements FileTransfer {
        public Add {
            sources = List.copyOf(sources);
        }
    }

    /** The flags COPY and ADD share. */
    sealed interface FileTransfer extends Instruction permits Copy, Add {
        /** Sources as written; a heredoc source appears as its {@code <<EOF} word. */
        List<String> sources();

        String destination();

        default Optional<String> from() {
            return flag("from");
        }

        default Optional<String> chown() {
            return flag("chown");
        }

        default Optional<String> chmod() {
            return flag("chmod");
        }

        default boolean link() {
            return flagEnabled("link");
        }

        default boolean parents() {
            return flagEnabled("parents");
        }

        default List<String> excludes() {
            return flagValues("exclude");
        }

        default Optional<String> checksum() {
            return flag("checksum");
        }

        default boolean keepGitDir() {
            return flagEnabled("keep-git-dir");
        }

        default List<Heredoc> heredocs() {
            return raw().heredocs();
        }
    }

    /** {@code ENV k=v ...} or legacy {@code ENV k v}. */
    record Env(RawInstruction raw, List<KeyValue> pairs) implements Instruction {
        public Env {
            pairs = List.copyOf(pairs);
        }
    }

    /** {@code LABEL k=v ...}. */
    record Label(RawInstruction raw, List<KeyValue> pairs) implements Instruction {
        public Label {
            pairs = List.copyOf(pairs);
        }
    }

    /** {@code ARG name[=default] ...}; one line may declare several. */
    record Arg(RawInstruction raw, List<ArgDeclaration> declarations) implements Instruction {
        public Arg {
            declarations = List.copyOf(declarations);
        }
    }

    /** {@code EXPOSE port[/proto] ...}, ports as written (may contain variables). */
    record Expose(RawInstruction raw, List<String> ports) implements Instruction {
        public Expose {
            ports = List.copyOf(ports);
        }
    }

    /** {@code USER user[:group]}. */
    record User(RawInstruction raw, String user, Optional<String> group) implements Instruction {
    }

    /** {@code WORKDIR path}. */
    record Workdir(RawInstruction raw, String path) implements Instruction {
    }

    /** {@code VOLUME ["/a", "/b"]} or {@code VOLUME /a /b}. */
    record Volume(RawInstruction raw, List<String> paths) implements Instruction {
        public Volume {
            paths = List.copyOf(paths);
        }
    }

    /** {@code HEALTHCHECK NONE} or {@code HEALTHCHECK [options] CMD command}. */
    record Healthcheck(RawInstruction raw, Mode mode) implements Instruction {

        public sealed interface Mode permits None, Check {
        }

        /** {@code HEALTHCHECK NONE}: disables any healthcheck inherited from the base image. */
        public record None() implements Mode {
        }

        /** Options as written (durations like {@code 30s}); {@code retries} as written too. */
        public record Check(Optional<String> interval, Optional<String> timeout, Optional<String> startPeriod,
                            Optional<String> startInterval, Optional<String> retries, Command command)
                implements Mode {
        }

        public boolean isNone() {
            return mode instanceof None;
        }
    }

    /** {@code ENTRYPOINT}, exec or shell form. */
    record Entrypoint(RawInstruction raw, Command command) implements Instruction {
    }

    /** {@code CMD}, exec or shell form. */
    record Cmd(RawInstruction raw, Command command) implements Instruction {
    }

    /** {@code SHELL ["executable", "params"]} (JSON form only, as BuildKit requires). */
    record Shell(RawInstruction raw, List<String> shell) implements Instruction {
        public Shell {
            shell = List.copyOf(shell);
        }
    }

    /** {@code STOPSIGNAL signal}. */
    record StopSignal(RawInstruction raw, String signal) implements Instruction {
    }

    /** {@code ONBUILD instruction}; {@code trigger} is the inner instruction with its own spans. */
    record OnBuild(RawInstruction raw, Instruction trigger) implements Instruction {
    }

    /** {@code MAINTAINER name} (deprecated; LABEL is preferred). */
    record Maintainer(RawInstruction raw, String name) implements Instruction {
    }
}
