package dev.slimline.rule;

import dev.slimline.dockerfile.Comment;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of one Dockerfile. {@code # slimline ignore=SL1001,SL1002} on the comment lines
 * right above an instruction silences those rules for that instruction; {@code # slimline global ignore=...}
 * anywhere silences them for the file. hadolint's {@code # hadolint ignore=DL3008} and
 * {@code # hadolint global ignore=...} are honoured for the slimline rules that map those IDs, so existing
 * Dockerfiles keep their intent.
 */
final class Suppressions {

    private static final Pattern PRAGMA =
            Pattern.compile("\\s*(slimline|hadolint)\\s+(global\\s+)?ignore\\s*=\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("[A-Za-z]{2}\\d{4}");

    private final Set<String> global = new HashSet<>();
    /** Rule IDs suppressed per instruction start line. */
    private final Map<Integer, Set<String>> byInstructionLine = new HashMap<>();
    /** Instruction start line for every line an instruction covers. */
    private final Map<Integer, Integer> instructionLineOf = new HashMap<>();

    private Suppressions() {
    }

    static Suppressions of(Dockerfile dockerfile, Map<String, Set<String>> hadolintToSlimline) {
        Suppressions suppressions = new Suppressions();
        Map<Integer, Set<String>> localByCommentLine = new HashMap<>();
        Set<Integer> commentLines = new HashSet<>();
        for (Comment comment : dockerfile.comments()) {
            commentLines.add(comment.span().startLine());
            Matcher pragma = PRAGMA.matcher(comment.text());
            if (!pragma.matches()) {
                continue;
            }
            Set<String> ids = ids(pragma.group(1), pragma.group(3), hadolintToSlimline);
            if (pragma.group(2) != null) {
                suppressions.global.addAll(ids);
            } else {
                localByCommentLine.computeIfAbsent(comment.span().startLine(), line -> new HashSet<>()).addAll(ids);
            }
        }
        for (Instruction instruction : dockerfile.instructions()) {
            int start = instruction.span().startLine();
            for (int line = start; line <= instruction.span().endLine(); line++) {
                suppressions.instructionLineOf.put(line, start);
            }
            Set<String> ids = new HashSet<>();
            for (int line = start - 1; commentLines.contains(line); line--) {
                ids.addAll(localByCommentLine.getOrDefault(line, Set.of()));
            }
            if (!ids.isEmpty()) {
                suppressions.byInstructionLine.put(start, ids);
            }
        }
        return suppressions;
    }

    private static Set<String> ids(String tool, String list, Map<String, Set<String>> hadolintToSlimline) {
        Set<String> ids = new HashSet<>();
        Matcher id = ID.matcher(list);
        while (id.find()) {
            String found = id.group().toUpperCase(java.util.Locale.ROOT);
            if (tool.equalsIgnoreCase("hadolint")) {
                ids.addAll(hadolintToSlimline.getOrDefault(found, Set.of()));
            } else {
                ids.add(found);
            }
        }
        return ids;
    }

    boolean suppresses(Finding finding) {
        if (global.contains(finding.ruleId())) {
            return true;
        }
        Integer instructionLine = instructionLineOf.get(finding.line());
        return instructionLine != null
                && byInstructionLine.getOrDefault(instructionLine, Set.of()).contains(finding.ruleId());
    }
}
