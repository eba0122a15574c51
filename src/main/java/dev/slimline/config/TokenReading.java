package dev.slimline.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** What every part of the config reader shares: the token stream, type checks and errors at the current token. */
abstract class TokenReading {

    protected final Path file;
    protected final JsonParser parser;

    TokenReading(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    interface KeyHandler {
        void handle(String key) throws IOException;
    }

    /** Reads the keys of the mapping just opened, rejecting duplicates. */
    void readMapping(String path, KeyHandler handler) throws IOException {
        Set<String> seen = new HashSet<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            if (!seen.add(key)) {
                throw error("duplicate key '" + path + key + "'");
            }
            handler.handle(key);
        }
    }

    void expect(JsonToken actual, JsonToken wanted, String path, String description) throws IOException {
        if (actual != wanted) {
            throw error(path + " must be " + description + ", not " + describe(actual));
        }
    }

    String describe(JsonToken token) throws IOException {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "an empty value";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_STRING -> "the text '" + parser.getText() + "'";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    String textOrEmpty() {
        try {
            return parser.getText();
        } catch (IOException e) {
            return "";
        }
    }

    SourceLocation here() {
        return ConfigLoader.location(file, parser.currentTokenLocation());
    }

    SlimlineException error(String message) {
        return SlimlineException.badInput(here(), message);
    }
}
