package dev.slimline.optimize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Adds {@code output: 'standalone'} to next.config.{js,mjs,ts} when missing, as an edit shown to the user. */
final class NextConfigEdit {

    static final List<String> NAMES = List.of("next.config.js", "next.config.mjs", "next.config.ts");
    private static final Pattern CONFIG_OBJECT = Pattern.compile(
            "(?:const\\s+\\w+\\s*(?::\\s*[\\w.]+\\s*)?=|module\\.exports\\s*=|export\\s+default)\\s*\\{");

    private NextConfigEdit() {
    }

    /** Empty edit list when standalone is already on; empty Optional when the config cannot be edited safely. */
    static Optional<List<FileEdit>> standalone(TemplateInput input) {
        for (String name : NAMES) {
            Optional<String> text = input.read(name);
            if (text.isPresent()) {
                if (text.get().matches("(?s).*output\\s*:\\s*['\"]standalone['\"].*")) {
                    return Optional.of(List.of());
                }
                if (text.get().matches("(?s).*\\boutput\\s*:.*")) {
                    return Optional.empty(); // another output mode (export): standalone would change the app
                }
                Matcher matcher = CONFIG_OBJECT.matcher(text.get());
                if (!matcher.find()) {
                    return Optional.empty();
                }
                String after = text.get().substring(0, matcher.end()) + "\n  output: 'standalone',"
                        + text.get().substring(matcher.end());
                return Optional.of(List.of(new FileEdit(name, text.get(), after)));
            }
        }
        String created = "/** @type {import('next').NextConfig} */\nmodule.exports = {\n  output: 'standalone',\n};\n";
        return Optional.of(List.of(new FileEdit("next.config.js", "", created)));
    }
}
