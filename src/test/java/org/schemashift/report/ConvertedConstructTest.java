package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words report.html matches a source construct to its converted line by. */
class ConvertedConstructTest {
    /** The definition of a word: what the scanner must find, match for match. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$#]*|'(?:[^']|'')*'|\\d+(?:\\.\\d+)?");

    @Test
    void wordsAreNamesQuotedLiteralsAndNumbersInOrderLowerCased() {
        assertThat(ConvertedConstruct.words("  created_at timestamp(0) DEFAULT LOCALTIMESTAMP(0) NOT NULL,"))
                .containsExactly("created_at", "timestamp", "0", "default", "localtimestamp", "0", "not", "null");
        assertThat(ConvertedConstruct.words("CHECK (status IN ('N', 'It''s')) -- 1.5 x.y 3. $a #b a$#1"))
                .containsExactly("check", "status", "in", "'n'", "'it''s'", "1.5", "x", "y", "3", "a", "b", "a$#1");
        assertThat(ConvertedConstruct.words("'open 'a'' b")).as("an unclosed literal ends where the expression's backtracking ends it")
                .containsExactly("'open '", "a", "''", "b");
        assertThat(ConvertedConstruct.words("ÉTÉ straße Ⅻ𝐀b² 名前")).containsExactly("été", "straße", "𝐀b²", "名前");
    }

    @Test
    void theScannerFindsWhatTheExpressionFinds() {
        String alphabet = "aZ_9.'$# ,()Éß²Ⅻ-\t";
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                if (random.nextInt(20) == 0) text.appendCodePoint(0x1D400); // a letter outside the BMP
                else text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(ConvertedConstruct.words(text.toString())).as(text.toString()).isEqualTo(byExpression(text.toString()));
        }
    }

    private static List<String> byExpression(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        return words;
    }
}
