package dev.slimline.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BuildKit shell-lexer expansion, one row per modifier and quoting rule. */
class VariableExpanderTest {

    private static final Map<String, String> ENV = Map.of(
            "A", "abc",
            "EMPTY", "",
            "V", "1.2.3-beta",
            "PATHV", "/usr/local/bin:/usr/bin",
            "X", "hello world",
            "STAR", "a*b*c");

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '~', emptyValue = "", textBlock = """
            $A                 | abc
            ${A}               | abc
            pre${A}post        | preabcpost
            $A$A               | abcabc
            $A_x               | ~~
            ${A}_x             | abc_x
            $UNSET             | ~~
            ${UNSET}           | ~~
            ${A:-d}            | abc
            ${EMPTY:-d}        | d
            ${UNSET:-d}        | d
            ${A-d}             | abc
            ${EMPTY-d}         | ~~
            ${UNSET-d}         | d
            ${A:+s}            | s
            ${EMPTY:+s}        | ~~
            ${UNSET:+s}        | ~~
            ${A+s}             | s
            ${EMPTY+s}         | s
            ${UNSET+s}         | ~~
            ${A:?msg}          | abc
            ${A?msg}           | abc
            ${EMPTY?msg}       | ~~
            ${V#*.}            | 2.3-beta
            ${V##*.}           | 3-beta
            ${V%.*}            | 1.2
            ${V%%.*}           | 1
            ${V%-*}            | 1.2.3
            ${V#1.?}           | .3-beta
            ${V#nomatch}       | 1.2.3-beta
            ${UNSET#*}         | ~~
            ${STAR#*\\*}       | b*c
            ${STAR%\\**}       | a*b
            ${V/./_}           | 1_2.3-beta
            ${V//./_}          | 1_2_3-beta
            ${PATHV//:/ }      | /usr/local/bin /usr/bin
            ${V/2*/X}          | 1.X
            ${V//[/x}          | 1.2.3-beta
            ${UNSET:-$A}       | abc
            ${UNSET:-${V%%.*}} | 1
            ${A:-'x y'}        | abc
            ${UNSET:-'x y'}    | x y
            '$A'               | $A
            "$A"               | abc
            "${X}"             | hello world
            \\$A               | $A
            a\\ b              | a b
            "a\\"b"            | a"b
            "\\x"              | \\x
            'a\\b'             | a\\b
            $                  | $
            a$                 | a$
            $1                 | ~~
            a\\                | a
            """)
    void expandsLikeBuildKit(String word, String expected) {
        String unescapedWord = word.replace("\\\\", "\\");
        String unescapedExpected = expected.replace("\\\\", "\\");

        assertThat(VariableExpander.BACKSLASH.expand(unescapedWord, ENV)).isEqualTo(unescapedExpected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ${UNSET:?}            | UNSET: is not allowed to be unset
            ${UNSET?}             | UNSET: is not allowed to be unset
            ${EMPTY:?}            | EMPTY: is not allowed to be empty
            ${UNSET?custom text}  | UNSET: custom text
            ${EMPTY:?must be set} | EMPTY: must be set
            ${}                   | syntax error: bad substitution
            ${:-x}                | syntax error: bad substitution
            ${                    | syntax error: missing '}'
            ${A                   | syntax error: missing '}'
            ${A:-x                | syntax error: missing '}'
            ${A/x                 | syntax error: missing '/' in ${}
            ${A//b}               | syntax error: missing '/' in ${}
            'abc                  | unexpected end of statement while looking for matching single-quote
            "abc                  | unexpected end of statement while looking for matching double-quote
            ${A:#x}               | unsupported modifier (:#) in substitution
            ${A:%x}               | unsupported modifier (:%) in substitution
            ${A!}                 | unsupported modifier (!) in substitution
            ${A:=x}               | unsupported modifier (:=) in substitution
            ${V#\\x}              | invalid pattern (\\x) in substitution: invalid escape '\\x'
            """)
    void rejectsWhatBuildKitRejects(String word, String message) {
        assertThatThrownBy(() -> VariableExpander.BACKSLASH.expand(word.replace("\\\\", "\\"), ENV))
                .isInstanceOf(VariableExpander.ExpansionException.class)
                .hasMessage(message.replace("\\\\", "\\"));
    }

    @Test
    void backtickEscapeLeavesBackslashesAlone() {
        assertThat(VariableExpander.BACKTICK.expand("`$A C:\\dir `\"", ENV)).isEqualTo("$A C:\\dir \"");
        assertThat(VariableExpander.forEscape('`')).isSameAs(VariableExpander.BACKTICK);
        assertThat(VariableExpander.forEscape('\\')).isSameAs(VariableExpander.BACKSLASH);
    }

    @Test
    void wordsSplitAfterExpansionButNotInsideQuotes() {
        assertThat(VariableExpander.BACKSLASH.expandWords("a $X 'b c' \"$X\"", ENV))
                .containsExactly("a", "hello", "world", "b c", "hello world");
    }

    @Test
    void unquoteKeepsVariableReferences() {
        assertThat(VariableExpander.BACKSLASH.unquote("\"$A\" ${B:-x} '${C}' \\$D ${E#*.}"))
                .isEqualTo("$A ${B:-x} ${C} $D ${E#*.}");
    }
}
