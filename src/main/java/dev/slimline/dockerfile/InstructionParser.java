package dev.slimline.dockerfile;

import dev.slimline.dockerfile.ArgumentWords.Word;
import dev.slimline.dockerfile.Instruction.Healthcheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives one split instruction its typed record, checking its arguments the way BuildKit's instruction parser
 * does, with the same messages. Errors point at the offending word.
 */
final class InstructionParser {

    static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK",
            "SHELL");
    static final Set<String> HEREDOC_KEYWORDS = Set.of("RUN", "COPY", "ADD");

    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9\\-_.]*");

    private final LogicalLine line;
    private final String text;
    private final VariableExpander expander;

    InstructionParser(LogicalLine line, char escape) {
        this.line = line;
        this.text = line.text();
        this.expander = VariableExpander.forEscape(escape);
    }

    /**
     * Builds the instruction of {@code header}; {@code spanEnd} is the source offset where the whole instruction
     * ends (heredoc bodies included), {@code comments} the comment lines inside its continuation.
     */
    Instruction build(InstructionHeader header, int spanEnd, List<Comment> comments, List<Heredoc> heredocs) {
        String keyword = header.keywordUpper();
        if (!KEYWORDS.contains(keyword)) {
            throw line.error(header.keywordStart(), unknownInstruction(header.keyword()));
        }
        List<Flag> flags = keyword.equals("HEALTHCHECK") && isHealthcheckNone(header)
                ? uncheckedFlags(header) : FlagRules.check(keyword, header.flags(), line);
        int start = line.offset(header.keywordStart());
        Span span = line.source().span(start, spanEnd);
        RawInstruction raw = new RawInstruction(keyword, header.keyword(), span,
                line.source().text.substring(start, spanEnd), flags,
                text.substring(header.argsStart(), header.argsEnd()),
                line.span(header.argsStart(), header.argsEnd()), comments, heredocs);
        int from = header.argsStart();
        int to = header.argsEnd();
        return switch (keyword) {
            case "FROM" -> from(raw, from, to);
            case "RUN" -> new Instruction.Run(raw, requireCommand("RUN", command(from, to), header.keywordStart()));
            case "CMD" -> new Instruction.Cmd(raw, command(from, to));
            case "ENTRYPOINT" -> new Instruction.Entrypoint(raw, command(from, to));
            case "SHELL" -> shell(raw, from, to);
            case "COPY" -> copy(raw, from, to, "COPY");
            case "ADD" -> copy(raw, from, to, "ADD");
            case "ENV" -> new Instruction.Env(raw, keyValues("ENV", from, to, header.keywordStart()));
            case "LABEL" -> new Instruction.Label(raw, keyValues("LABEL", from, to, header.keywordStart()));
            case "ARG" -> arg(raw, from, to, header.keywordStart());
            case "EXPOSE" -> new Instruction.Expose(raw, texts(atLeastOne("EXPOSE",
                    ArgumentWords.blankSeparated(text, from, to), header.keywordStart())));
            case "USER" -> user(raw, exactlyOne("USER", from, to, header.keywordStart()));
            case "WORKDIR" -> new Instruction.Workdir(raw, exactlyOne("WORKDIR", from, to, header.keywordStart()));
            case "STOPSIGNAL" -> new Instruction.StopSignal(raw,
                    exactlyOne("STOPSIGNAL", from, to, header.keywordStart()));
            case "MAINTAINER" -> new Instruction.Maintainer(raw,
                    exactlyOne("MAINTAINER", from, to, header.keywordStart()));
            case "VOLUME" -> volume(raw, from, to, header.keywordStart());
            case "HEALTHCHECK" -> healthcheck(raw, header);
            case "ONBUILD" -> onBuild(raw, header, spanEnd, heredocs);
            default -> throw new IllegalStateException(keyword);
        };
    }

    /** Whether the instruction's arguments are a JSON array (exec form), which rules out heredocs. */
    boolean isJson(InstructionHeader header) {
        try {
            return JsonStringArray.parse(text.substring(header.argsStart(), header.argsEnd())) != null;
        } catch (JsonStringArray.NotStringsException e) {
            throw line.error(header.argsStart(), e.getMessage());
        }
    }

    static String unknownInstruction(String keyword) {
        String suggestion = closestKeyword(keyword.toUpperCase(Locale.ROOT));
        String shown = keyword.length() > 40 ? keyword.substring(0, 40) + "..." : keyword;
        return "unknown instruction: " + shown + (suggestion == null ? "" : " (did you mean " + suggestion + "?)");
    }

    /**
     * Whether a first line that is no instruction still looks like a mistyped one. When it does not, the file is
     * not a Dockerfile (a symlink to a credentials file, say) and its text must not be echoed into reports.
     */
    static boolean looksLikeInstruction(String keyword) {
        String upper = keyword.toUpperCase(Locale.ROOT);
        return KEYWORDS.contains(upper) || closestKeyword(upper) != null;
    }

    private static String closestKeyword(String keyword) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        if (keyword.length() > 40) {
            return null;
        }
        for (String candidate : KEYWORDS) {
            int distance = editDistance(keyword, candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(1, keyword.length() / 3) && bestDistance < keyword.length() ? best : null;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private Instruction from(RawInstruction raw, int from, int to) {
        List<Word> words = ArgumentWords.blankSeparated(text, from, to);
        Optional<String> stageName = Optional.empty();
        if (words.size() == 3 && words.get(1).text().equalsIgnoreCase("as")) {
            String name = words.get(2).text().toLowerCase(Locale.ROOT);
            if (!STAGE_NAME.matcher(name).matches()) {
                throw line.error(words.get(2).start(), "invalid name for build stage: \"" + words.get(2).text()
                        + "\", name can't start with a number or contain symbols");
            }
            stageName = Optional.of(name);
        } else if (words.size() != 1) {
            throw line.error(words.isEmpty() ? from : words.get(0).start(),
                    "FROM requires either one or three arguments");
        }
        Word image = words.get(0);
        return new Instruction.From(raw, image.text(), line.span(image.start(), image.end()), stageName);
    }

    /** Exec form when the arguments are a JSON string array, shell form otherwise (BuildKit's parseMaybeJSON). */
    private Command command(int from, int to) {
        String arguments = text.substring(from, to);
        Span span = line.span(from, to);
        List<String> exec;
        try {
            exec = arguments.isEmpty() ? null : JsonStringArray.parse(arguments);
        } catch (JsonStringArray.NotStringsException e) {
            throw line.error(from, e.getMessage());
        }
        return exec != null ? new Command.ExecForm(exec, span) : new Command.ShellForm(arguments, span);
    }

    private Command requireCommand(String keyword, Command command, int at) {
        if (command instanceof Command.ShellForm shell && shell.script().isEmpty()) {
            throw line.error(at, keyword + " requires at least one argument");
        }
        return command;
    }

    private Instruction shell(RawInstruction raw, int from, int to) {
        Command command = command(from, to);
        if (command instanceof Command.ExecForm exec) {
            if (exec.arguments().isEmpty()) {
                throw line.error(from, "SHELL requires at least one argument");
            }
            return new Instruction.Shell(raw, exec.arguments());
        }
        if (from == to) {
            throw line.error(from, "SHELL requires at least one argument");
        }
        throw line.error(from, "SHELL requires the arguments to be in JSON form");
    }

    /** JSON list or blank-separated words (BuildKit's parseMaybeJSONToList). */
    private List<String> list(int from, int to) {
        List<String> json;
        try {
            json = JsonStringArray.parse(text.substring(from, to));
        } catch (JsonStringArray.NotStringsException e) {
            throw line.error(from, e.getMessage());
        }
        return json != null ? json : texts(ArgumentWords.blankSeparated(text, from, to));
    }

    private Instruction copy(RawInstruction raw, int from, int to, String keyword) {
        List<String> arguments = list(from, to);
        if (arguments.size() < 2) {
            throw line.error(from, keyword + " requires at least two arguments, but only one was provided. "
                    + "Destination could not be determined");
        }
        String destination = arguments.get(arguments.size() - 1);
        if (!raw.heredocs().isEmpty() && HeredocMarker.parse(destination) != null) {
            throw line.error(from, keyword + " cannot accept a heredoc as a destination");
        }
        List<String> sources = arguments.subList(0, arguments.size() - 1);
        return keyword.equals("COPY") ? new Instruction.Copy(raw, sources, destination)
                : new Instruction.Add(raw, sources, destination);
    }

    private List<KeyValue> keyValues(String keyword, int from, int to, int keywordAt) {
        List<Word> words = ArgumentWords.quoteAware(text, from, to, escapeChar());
        if (words.isEmpty()) {
            throw line.error(keywordAt, keyword + " requires at least one argument");
        }
        List<KeyValue> pairs = new ArrayList<>();
        if (!words.get(0).text().contains("=")) {
            // Legacy form: KEY value-to-end-of-line.
            List<Word> parts = ArgumentWords.blankSeparated(text, from, to);
            if (parts.size() < 2) {
                throw line.error(from, keyword + " must have two arguments");
            }
            Word key = parts.get(0);
            int valueStart = parts.get(1).start();
            String rawValue = text.substring(valueStart, to);
            pairs.add(new KeyValue(unquote(key.text(), key.start()), unquote(rawValue, valueStart), rawValue,
                    line.span(key.start(), to)));
            return pairs;
        }
        for (Word word : words) {
            int equals = word.text().indexOf('=');
            if (equals < 0) {
                throw line.error(word.start(), "Syntax error - can't find = in \"" + word.text()
                        + "\". Must be of the form: name=value");
            }
            if (equals == 0) {
                throw line.error(word.start(), keyword + " names can not be blank");
            }
            String rawValue = word.text().substring(equals + 1);
            pairs.add(new KeyValue(unquote(word.text().substring(0, equals), word.start()),
                    unquote(rawValue, word.start()), rawValue, line.span(word.start(), word.end())));
        }
        return pairs;
    }

    private Instruction arg(RawInstruction raw, int from, int to, int keywordAt) {
        List<Word> words = ArgumentWords.quoteAware(text, from, to, escapeChar());
        if (words.isEmpty()) {
            throw line.error(keywordAt, "ARG requires at least one argument");
        }
        List<ArgDeclaration> declarations = new ArrayList<>();
        for (Word word : words) {
            int equals = word.text().indexOf('=');
            Span span = line.span(word.start(), word.end());
            if (equals < 0) {
                declarations.add(new ArgDeclaration(unquote(word.text(), word.start()), Optional.empty(), span));
            } else if (equals == 0) {
                throw line.error(word.start(), "ARG names can not be blank");
            } else {
                declarations.add(new ArgDeclaration(unquote(word.text().substring(0, equals), word.start()),
                        Optional.of(unquote(word.text().substring(equals + 1), word.start())), span));
            }
        }
        return new Instruction.Arg(raw, declarations);
    }

    private Instruction user(RawInstruction raw, String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? new Instruction.User(raw, value, Optional.empty())
                : new Instruction.User(raw, value.substring(0, colon), Optional.of(value.substring(colon + 1)));
    }

    private Instruction volume(RawInstruction raw, int from, int to, int keywordAt) {
        List<String> paths = list(from, to);
        if (paths.isEmpty()) {
            throw line.error(keywordAt, "VOLUME requires at least one argument");
        }
        List<String> trimmed = new ArrayList<>();
        for (String path : paths) {
            String value = GoText.trim(path);
            if (value.isEmpty()) {
                throw line.error(from, "VOLUME specified can not be an empty string");
            }
            trimmed.add(value);
        }
        return new Instruction.Volume(raw, trimmed);
    }

    private boolean isHealthcheckNone(InstructionHeader header) {
        int typeEnd = healthcheckTypeEnd(header);
        return text.substring(header.argsStart(), typeEnd).equalsIgnoreCase("NONE");
    }

    private int healthcheckTypeEnd(InstructionHeader header) {
        int end = header.argsStart();
        while (end < header.argsEnd() && !GoText.isSpace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** HEALTHCHECK NONE does not look at flags (BuildKit ignores them there); keep them as written. */
    private List<Flag> uncheckedFlags(InstructionHeader header) {
        List<Flag> flags = new ArrayList<>();
        for (ArgumentWords.Word word : header.flags()) {
            flags.add(FlagRules.toFlag(word, line));
        }
        return flags;
    }

    private Instruction healthcheck(RawInstruction raw, InstructionHeader header) {
        int from = header.argsStart();
        int to = header.argsEnd();
        if (from == to) {
            throw line.error(header.keywordStart(), "HEALTHCHECK requires at least one argument");
        }
        int typeEnd = healthcheckTypeEnd(header);
        String type = text.substring(from, typeEnd).toUpperCase(Locale.ROOT);
        int commandStart = GoText.skipSpace(text, typeEnd, to);
        if (type.equals("NONE")) {
            if (commandStart < to) {
                throw line.error(commandStart, "HEALTHCHECK NONE takes no arguments");
            }
            return new Healthcheck(raw, new Healthcheck.None());
        }
        if (!type.equals("CMD")) {
            throw line.error(from, "Unknown type \"" + text.substring(from, typeEnd) + "\" in HEALTHCHECK (try CMD)");
        }
        Command command = command(commandStart, to);
        boolean empty = command instanceof Command.ExecForm exec ? exec.arguments().isEmpty()
                : ((Command.ShellForm) command).script().isEmpty();
        if (empty) {
            throw line.error(from, "Missing command after HEALTHCHECK CMD");
        }
        for (Flag flag : raw.flags()) {
            String problem = flag.name().equals("retries")
                    ? HealthcheckOptions.checkRetries(flag.valueOrEmpty())
                    : HealthcheckOptions.checkDuration(flag.name(), flag.valueOrEmpty());
            if (problem != null) {
                throw line.source().error(flag.span().startOffset(), problem);
            }
        }
        return new Healthcheck(raw, new Healthcheck.Check(optionOf(raw, "interval"), optionOf(raw, "timeout"),
                optionOf(raw, "start-period"), optionOf(raw, "start-interval"), optionOf(raw, "retries"), command));
    }

    private static Optional<String> optionOf(RawInstruction raw, String name) {
        Optional<String> found = Optional.empty();
        for (Flag flag : raw.flags()) {
            if (flag.name().equals(name)) {
                found = flag.value();
            }
        }
        return found;
    }

    private Instruction onBuild(RawInstruction raw, InstructionHeader header, int spanEnd, List<Heredoc> heredocs) {
        if (header.argsStart() == header.argsEnd()) {
            throw line.error(header.keywordStart(), "ONBUILD requires at least one argument");
        }
        InstructionHeader inner = InstructionHeader.split(text, header.argsStart(), header.argsEnd());
        String keyword = inner.keywordUpper();
        if (keyword.equals("ONBUILD")) {
            throw line.error(inner.keywordStart(), "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
        }
        if (keyword.equals("MAINTAINER") || keyword.equals("FROM")) {
            throw line.error(inner.keywordStart(), keyword + " isn't allowed as an ONBUILD trigger");
        }
        Instruction trigger = build(inner, spanEnd, List.of(), heredocs);
        return new Instruction.OnBuild(raw, trigger);
    }

    private String exactlyOne(String keyword, int from, int to, int keywordAt) {
        if (from == to) {
            throw line.error(keywordAt, keyword + " requires exactly one argument");
        }
        return text.substring(from, to);
    }

    private List<Word> atLeastOne(String keyword, List<Word> words, int keywordAt) {
        if (words.isEmpty()) {
            throw line.error(keywordAt, keyword + " requires at least one argument");
        }
        return words;
    }

    private static List<String> texts(List<Word> words) {
        List<String> texts = new ArrayList<>(words.size());
        for (Word word : words) {
            texts.add(word.text());
        }
        return texts;
    }

    private String unquote(String value, int at) {
        try {
            return expander.unquote(value);
        } catch (VariableExpander.ExpansionException e) {
            throw line.error(at, e.getMessage());
        }
    }

    private char escapeChar() {
        return expander == VariableExpander.BACKTICK ? '`' : '\\';
    }
}
