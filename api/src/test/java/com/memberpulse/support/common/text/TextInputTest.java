package com.memberpulse.support.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one text normaliser: examples for each rule of SPEC section 14 (end), and properties over hostile strings. */
class TextInputTest {

    /** The invisible characters the issue names: zero-width space to RLM, bidi embeddings and overrides, word joiner to invisible plus, BOM, soft hyphen. */
    static final List<Character> INVISIBLE = List.of('\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D',
            '\u202E', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF', '\u00AD');

    // ---- examples ----

    @Example
    void aLineIsTrimmedWithEveryRunOfWhitespaceOneSpace() {
        assertThat(line("  Dues \t and\n\r\n fees ")).isEqualTo("Dues and fees");
        assertThat(line("\u00A0Events\u2003 2026\u3000\u2028")).isEqualTo("Events 2026");
    }

    @Example
    void invisibleCharactersAreDroppedWherePlainTextIsStored() {
        for (char invisible : INVISIBLE) {
            assertThat(line("Bill" + invisible + "ing")).as("U+%04X", (int) invisible).isEqualTo("Billing");
            assertThat(TextInput.optionalText("Dues" + invisible + "\nand fees", "f", 50, "A text")).isEqualTo("Dues\nand fees");
        }
        assertThat(line("\u202Egnp.exe")).isEqualTo("gnp.exe");
    }

    @Example
    void textIsStoredInNfcAsTypedNotFoldedFurther() {
        assertThat(line("Cafe\u0301")).isEqualTo("Caf\u00E9");
        // Removed before composing, so that the accent still lands on its letter.
        assertThat(line("Cafe\u200B\u0301")).isEqualTo("Caf\u00E9");
        assertThat(line("m\u00B2 \uFB01le \uFF21")).isEqualTo("m\u00B2 \uFB01le \uFF21");
    }

    @Example
    void somethingVisibleIsRequired() {
        for (String blank : new String[] {null, "", "   ", "\t\n", "\u00A0", "\u200B\u200D\uFEFF", "\u00AD \u2060"}) {
            assertRefused(() -> line(blank), "of 1 to 20 characters is required");
            assertThat(TextInput.optionalLine(blank, "f", 10, "A name")).isNull();
            assertThat(TextInput.optionalText(blank, "f", 10, "A name")).isNull();
            assertThat(TextInput.isBlank(blank)).isTrue();
        }
        assertThat(TextInput.isBlank("\u200Bx")).isFalse();
    }

    @Example
    void lengthsCountCodePointsAfterNormalising() {
        assertThat(line(" " + "\u200Bn".repeat(20) + " ")).hasSize(20);
        assertThat(line("\uD83C\uDF9F".repeat(20))).hasSize(40);
        assertRefused(() -> line("n".repeat(21)), "of 1 to 20 characters");
        assertRefused(() -> TextInput.optionalText("d".repeat(11), "f", 10, "A text"), "at most 10 characters");
    }

    @Example
    void controlCharactersOtherThanWhitespaceAreRefused() {
        for (String control : new String[] {"\u0000", "\u0007", "\u001B", "\u001F", "\u007F", "\u009B"}) {
            assertRefused(() -> line("Bill" + control + "ing"), "control characters");
            assertRefused(() -> line(control + "Billing"), "control characters");
            assertRefused(() -> TextInput.optionalText("Bill" + control + "ing", "f", 10, "A name"), "control characters");
        }
        assertThat(TextInput.optionalText(" a\tb\r\nc ", "f", 10, "A text")).isEqualTo("a\tb\r\nc");
    }

    @Example
    void halfASurrogatePairIsRefused() {
        assertRefused(() -> line("Bill\uD800ing"), "surrogate");
        assertRefused(() -> line("Billing\uDC00"), "surrogate");
        assertThat(TextInput.isStorable("Bill\uD800ing")).isFalse();
        assertThat(TextInput.isStorable("Bill\u0000ing")).isFalse();
        assertThat(TextInput.isStorable("Bill\uD83C\uDF9Fing\u0007")).isTrue();
    }

    @Example
    void theKeyFoldsCaseWhitespaceInvisibleAndCompatibilityForms() {
        String billing = TextInput.key("Billing");
        assertThat(billing).isEqualTo("billing");
        for (char invisible : INVISIBLE) {
            assertThat(TextInput.key("Bill" + invisible + "ing")).as("U+%04X", (int) invisible).isEqualTo(billing);
        }
        assertThat(TextInput.key("  BILL ing\u00A0")).isEqualTo(billing);
        assertThat(TextInput.key("\uFF22\uFF49\uFF4C\uFF4C\uFF49\uFF4E\uFF47")).isEqualTo(billing);
        assertThat(TextInput.key("m\u00B2")).isEqualTo("m2");
        assertThat(TextInput.key("\uFB01le")).isEqualTo("file");
        assertThat(TextInput.key("\u00C9cole")).isEqualTo(TextInput.key("e\u0301cole")).isEqualTo("\u00E9cole");
        assertThat(TextInput.key("\u03A3\u03BF\u03C6\u03AF\u03B1")).isEqualTo(TextInput.key("\u03C3\u03BF\u03C6\u03AF\u03B1"));
        assertThat(TextInput.key("Billing")).isNotEqualTo(TextInput.key("Bi11ing"));
    }

    // ---- properties ----

    @Property
    void whatALineKeepsIsStorableVisibleNfcAndBounded(@ForAll("hostile") String raw) {
        try {
            String line = TextInput.line(raw, "f", 40, "A name");
            assertThat(TextInput.isStorable(line)).isTrue();
            assertThat(TextInput.isBlank(line)).isFalse();
            assertThat(Normalizer.isNormalized(line, Normalizer.Form.NFC)).isTrue();
            assertThat(line.codePoints()).noneMatch(c -> TextInput.isInvisible(c) || Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' '));
            assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
            assertThat(line.codePointCount(0, line.length())).isBetween(1, 40);
        } catch (SupportException refused) {
            assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(refused.field()).isEqualTo("f");
        }
    }

    @Example
    void spacingMarksKeepTheKeyOfAKeyTheSame() {
        // What the property below found: NFKC makes each a space and a combining mark; once the space is gone the two
        // marks must be in canonical order (U+064B before U+0308), or key(key(x)) differs from key(x).
        String key = TextInput.key("\u00A8\uFE70");
        assertThat(key).isEqualTo("\u064B\u0308");
        assertThat(TextInput.key(key)).isEqualTo(key);
    }

    @Property
    void normalisingIsIdempotent(@ForAll("hostile") String raw) {
        try {
            String line = TextInput.line(raw, "f", 40, "A name");
            assertThat(TextInput.line(line, "f", 40, "A name")).isEqualTo(line);
            assertThat(TextInput.key(TextInput.key(line))).isEqualTo(TextInput.key(line));
        } catch (SupportException refused) {
            assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        }
    }

    @Property
    void invisibleCharactersWhitespaceAndCaseNeverTellKeysApart(@ForAll("words") String word, @ForAll("invisibleOrSpace") char inserted,
                                                                 @ForAll("positions") int at) {
        int position = Math.min(at, word.length());
        String lookAlike = (word.substring(0, position) + inserted + word.substring(position)).toUpperCase(java.util.Locale.ROOT);
        assertThat(TextInput.key(lookAlike)).isEqualTo(TextInput.key(word));
    }

    @Property
    void aKeyIsNeverBlankForAVisibleLine(@ForAll("hostile") String raw) {
        try {
            assertThat(TextInput.key(TextInput.line(raw, "f", 40, "A name"))).isNotEmpty();
        } catch (SupportException refused) {
            assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> special = Arbitraries.of('\u0000', '\u0007', '\t', '\n', '\r', '\u001F', '\u0085', '\u00A0', '\u2028', '\u3000',
                '\uD800', '\uDC00', '\u0301', '\u00B2', '\uFB01', '\u00C9', '\u03A3', ' ');
        Arbitrary<Character> any = Arbitraries.oneOf(Arbitraries.chars().ascii(), Arbitraries.chars().all(), Arbitraries.of(INVISIBLE), special);
        return any.list().ofMaxSize(60).map(chars -> {
            StringBuilder text = new StringBuilder();
            chars.forEach(text::append);
            return text.toString();
        });
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<Character> invisibleOrSpace() {
        return Arbitraries.oneOf(Arbitraries.of(INVISIBLE), Arbitraries.of(' ', '\t', '\u00A0', '\u2003', '\u3000'));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 20);
    }

    private static String line(String raw) {
        return TextInput.line(raw, "f", 20, "A name");
    }

    private static void assertRefused(Runnable normalising, String message) {
        assertThatThrownBy(normalising::run).isInstanceOfSatisfying(SupportException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.field()).isEqualTo("f");
            assertThat(e.getMessage()).contains(message);
        });
    }
}
