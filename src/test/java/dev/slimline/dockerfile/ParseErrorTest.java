package dev.slimline.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slimline.SlimlineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed Dockerfiles fail with BuildKit's message at the right line and column. */
class ParseErrorTest {

    private static final Path FILE = Path.of("svc", "Dockerfile");

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            FROM a\\nFOO bar                          | 2 | 1  | unknown instruction: FOO
            FROM a\\nRUNN x                           | 2 | 1  | unknown instruction: RUNN (did you mean RUN?)
            FROM a\\n  copi a b                       | 2 | 3  | unknown instruction: copi (did you mean COPY?)
            RUN x                                    | 1 | 1  | no build stage in current context
            ''                                       | 1 | 1  | file with no instructions
            # only a comment\\n\\n                   | 1 | 1  | file with no instructions
            ARG A=1\\nARG B                          | 1 | 1  | dockerfile contains no stages to build
            FROM a\\nCOPY x                           | 2 | 6  | COPY requires at least two arguments, but only one was provided. Destination could not be determined
            FROM a\\nADD                              | 2 | 4  | ADD requires at least two arguments, but only one was provided. Destination could not be determined
            FROM a\\nRUN <<EOF\\nx\\n                 | 2 | 1  | unterminated heredoc EOF
            FROM a\\nRUN <<A <<B\\nA\\nb\\n           | 2 | 1  | unterminated heredoc B
            # escape=x\\nFROM a                       | 1 | 10 | invalid escape token 'x' does not match ` or \\
            # escape=`\\n# ESCAPE=\\\\\\nFROM a       | 2 | 1  | only one escape parser directive can be used
            # syntax=a\\n#syntax=b\\nFROM a           | 2 | 1  | only one syntax parser directive can be used
            FROM a\\nCMD [1]                          | 2 | 5  | when using JSON array syntax, arrays must be comprised of strings only
            FROM a\\nRUN ["a", {"b": 1}]              | 2 | 5  | when using JSON array syntax, arrays must be comprised of strings only
            FROM a\\nENV A="x                         | 2 | 5  | unexpected end of statement while looking for matching double-quote
            FROM a\\nLABEL k=${}                      | 2 | 7  | syntax error: bad substitution
            FROM a b                                 | 1 | 6  | FROM requires either one or three arguments
            FROM                                     | 1 | 5  | FROM requires either one or three arguments
            FROM a AS 1st                            | 1 | 11 | invalid name for build stage: "1st", name can't start with a number or contain symbols
            FROM a\\nRUN --foo=bar x                  | 2 | 5  | unknown flag: foo
            FROM --platform linux/amd64 a            | 1 | 6  | missing a value on flag: platform
            FROM a\\nCOPY --link=maybe a b            | 2 | 6  | expecting boolean value for flag link, not: maybe
            FROM a\\nCOPY --link= a b                 | 2 | 6  | missing a value on flag: link
            FROM a\\nCOPY --from a b                  | 2 | 6  | missing a value on flag: from
            FROM a\\nCOPY --FROM=x a b                | 2 | 6  | unknown flag: FROM
            FROM a\\nADD --from=x a b                 | 2 | 5  | unknown flag: from
            FROM a\\nRUN --network=a --network=b x    | 2 | 17 | duplicate flag specified: network
            FROM a\\nCMD --help                       | 2 | 5  | unknown flag: help
            FROM a\\nENV                              | 2 | 1  | ENV requires at least one argument
            FROM a\\nENV A                            | 2 | 5  | ENV must have two arguments
            FROM a\\nENV A=1 B                        | 2 | 9  | Syntax error - can't find = in "B". Must be of the form: name=value
            FROM a\\nLABEL =x                         | 2 | 7  | LABEL names can not be blank
            FROM a\\nARG =x                           | 2 | 5  | ARG names can not be blank
            FROM a\\nARG                              | 2 | 1  | ARG requires at least one argument
            FROM a\\nEXPOSE                           | 2 | 1  | EXPOSE requires at least one argument
            FROM a\\nUSER                             | 2 | 1  | USER requires exactly one argument
            FROM a\\nWORKDIR                          | 2 | 1  | WORKDIR requires exactly one argument
            FROM a\\nSTOPSIGNAL                       | 2 | 1  | STOPSIGNAL requires exactly one argument
            FROM a\\nMAINTAINER                       | 2 | 1  | MAINTAINER requires exactly one argument
            FROM a\\nRUN                              | 2 | 1  | RUN requires at least one argument
            FROM a\\nVOLUME [""]                      | 2 | 8  | VOLUME specified can not be an empty string
            FROM a\\nVOLUME                           | 2 | 1  | VOLUME requires at least one argument
            FROM a\\nSHELL /bin/sh -c                 | 2 | 7  | SHELL requires the arguments to be in JSON form
            FROM a\\nSHELL []                         | 2 | 7  | SHELL requires at least one argument
            FROM a\\nHEALTHCHECK NONE x               | 2 | 18 | HEALTHCHECK NONE takes no arguments
            FROM a\\nHEALTHCHECK FOO x                | 2 | 13 | Unknown type "FOO" in HEALTHCHECK (try CMD)
            FROM a\\nHEALTHCHECK CMD                  | 2 | 13 | Missing command after HEALTHCHECK CMD
            FROM a\\nHEALTHCHECK CMD []               | 2 | 13 | Missing command after HEALTHCHECK CMD
            FROM a\\nHEALTHCHECK                      | 2 | 1  | HEALTHCHECK requires at least one argument
            FROM a\\nHEALTHCHECK --interval=5x CMD true | 2 | 13 | time: invalid duration "5x"
            FROM a\\nHEALTHCHECK --timeout=10us CMD true | 2 | 13 | Interval "timeout" cannot be less than 1ms
            FROM a\\nHEALTHCHECK --retries=0 CMD true | 2 | 13 | --retries must be at least 1 (not 0)
            FROM a\\nHEALTHCHECK --retries=x CMD true | 2 | 13 | strconv.ParseInt: parsing "x": invalid syntax
            FROM a\\nHEALTHCHECK --foo=1 CMD true     | 2 | 13 | unknown flag: foo
            FROM a\\nONBUILD ONBUILD RUN x            | 2 | 9  | Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed
            FROM a\\nONBUILD FROM b                   | 2 | 9  | FROM isn't allowed as an ONBUILD trigger
            FROM a\\nONBUILD maintainer me            | 2 | 9  | MAINTAINER isn't allowed as an ONBUILD trigger
            FROM a\\nONBUILD                          | 2 | 1  | ONBUILD requires at least one argument
            FROM a\\nONBUILD FOO x                    | 2 | 9  | unknown instruction: FOO
            FROM a\\nONBUILD COPY x                   | 2 | 14 | COPY requires at least two arguments, but only one was provided. Destination could not be determined
            FROM a\\nCOPY a <<EOF\\nx\\nEOF           | 2 | 6  | COPY cannot accept a heredoc as a destination
            \\\\\\n                                  | 1 | 1  | line continuation without an instruction
            """)
    void malformedInputIsRejectedWithLocation(String escapedText, int line, int column, String message) {
        String text = escapedText.replace("\\n", "\n").replace("\\\\", "\\");
        ParseException error = catchThrowableOfType(ParseException.class,
                () -> DockerfileParser.parse(text, FILE));

        assertThat(error).as("parse error for %s", escapedText).isNotNull();
        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.line()).as("line").isEqualTo(line);
        assertThat(error.column()).as("column").isEqualTo(column);
        assertThat(error.kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT);
        assertThat(error.oneLine()).isEqualTo(FILE + ":" + line + ":" + column + ": " + message);
    }

    @Test
    void deeplyNestedSubstitutionIsAnErrorNotAStackOverflow() {
        String text = "FROM a\nENV A=" + "${A:-".repeat(100_000) + "x" + "}".repeat(100_000) + "\n";

        ParseException error = catchThrowableOfType(ParseException.class, () -> DockerfileParser.parse(text, FILE));

        assertThat(error.getMessage()).isEqualTo("substitution nested more than 200 deep");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(5);
    }

    @Test
    void missingFileIsBadInputNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("Dockerfile");
        SlimlineException error = catchThrowableOfType(SlimlineException.class,
                () -> DockerfileParser.parse(missing));

        assertThat(error).isNotInstanceOf(ParseException.class);
        assertThat(error.kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT);
        assertThat(error.oneLine()).isEqualTo(missing + ": no such file");
    }

    @Test
    void directoryIsBadInput(@TempDir Path dir) {
        SlimlineException error = catchThrowableOfType(SlimlineException.class, () -> DockerfileParser.parse(dir));

        assertThat(error.kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT);
        assertThat(error.getMessage()).isEqualTo("is a directory, not a file");
    }

    @Test
    void fileWithNulBytesIsNotText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.write(file, new byte[] {'F', 'R', 'O', 'M', ' ', 'a', '\n', 0, 1, 2});

        ParseException error = catchThrowableOfType(ParseException.class, () -> DockerfileParser.parse(file));

        assertThat(error.oneLine()).isEqualTo(file + ":1:1: not a text file");
    }

    @Test
    void invalidUtf8IsNotText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.write(file, new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        ParseException error = catchThrowableOfType(ParseException.class, () -> DockerfileParser.parse(file));

        assertThat(error.oneLine()).isEqualTo(file + ":1:1: not a text file");
    }

    @Test
    void nulCharacterInTextIsNotText() {
        ParseException error = catchThrowableOfType(ParseException.class,
                () -> DockerfileParser.parse("FROM a\0", null));

        assertThat(error.getMessage()).isEqualTo("not a text file");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(1);
    }
}
