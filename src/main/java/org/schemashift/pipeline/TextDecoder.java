package org.schemashift.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input file's bytes into text, with one defined behaviour per kind of file:
 * <ul>
 *   <li>a byte-order mark decides: UTF-8, UTF-16 LE or BE (the mark itself is dropped);</li>
 *   <li>UTF-16 without a mark (every other byte NUL in ASCII text) is recognised as such;</li>
 *   <li>otherwise UTF-8 when the bytes are valid UTF-8, else ISO-8859-1 (Latin-1) with a notice;</li>
 *   <li>{@code --encoding} overrides all of this;</li>
 *   <li>bytes that are not text (NUL or other control characters a script never holds: an
 *       executable, an archive, an image) are refused with the reason, never read as SQL.</li>
 * </ul>
 * CRLF and CR line ends need nothing here: the splitters and parsers treat them as line ends.
 */
final class TextDecoder {
    /** Refused as not text: the file holds this share or more of control characters other than tab, CR, LF and FF. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** The text, and a notice for the user when the encoding was a guess (null when not). */
    record Decoded(String text, String notice) {
    }

    /** Thrown for bytes that are not text; the message says why. */
    static final class NotText extends Exception {
        NotText(String message) {
            super(message, null, false, false);
        }
    }

    private TextDecoder() {
    }

    /** {@code forced}: the user's --encoding, or null to detect. */
    static Decoded decode(byte[] bytes, Charset forced) throws NotText {
        if (forced != null) return new Decoded(dropMark(new String(bytes, forced)), null);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), null);
        if (startsWith(bytes, 0xFF, 0xFE)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        if (startsWith(bytes, 0xFE, 0xFF)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        Charset utf16 = unmarkedUtf16(bytes);
        if (utf16 != null) return new Decoded(new String(bytes, utf16), null);
        if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) throw new NotText("an executable (ELF) file, not a script");
        String text;
        String notice = null;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
            notice = "not valid UTF-8: read as ISO-8859-1 (Latin-1); give --encoding if it is another encoding";
        }
        rejectBinary(text);
        return new Decoded(text, notice);
    }

    private static void rejectBinary(String text) throws NotText {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) throw new NotText("not a text file: it holds NUL bytes (at byte " + i + "); give --encoding if it is UTF-16 or UTF-32");
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') controls++;
        }
        if (controls > 0 && controls >= text.length() * MAX_CONTROL_SHARE) {
            throw new NotText("not a text file: " + controls + " control characters in " + text.length());
        }
    }

    /** UTF-16 without a mark: ASCII text leaves every high (or low) byte NUL. */
    private static Charset unmarkedUtf16(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) return null;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        int pairs = bytes.length / 2;
        if (oddNul > pairs * 0.9 && evenNul == 0) return StandardCharsets.UTF_16LE;
        if (evenNul > pairs * 0.9 && oddNul == 0) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static String dropMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
