package com.kt.eventmarketing.distribution.channel.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Korean carriers count message length in EUC-KR bytes (Hangul 2, ASCII 1): up to 90 bytes is an SMS,
 * longer is an LMS (with a title, up to 2 000 bytes), charged differently.
 */
public final class SmsText {

    public static final int SMS_MAX_BYTES = 90;
    public static final int LMS_MAX_BYTES = 2000;
    public static final int LMS_TITLE_MAX_BYTES = 40;

    // MS949 is the superset of EUC-KR that covers all 11 172 Hangul syllables, as carriers accept
    private static final Charset KOREAN = Charset.forName("x-windows-949");

    private SmsText() {}

    public enum Kind {
        SMS,
        LMS
    }

    /** Bytes as a carrier counts them; a character outside the charset (emoji) counts as 2. */
    public static int bytes(String text) {
        CharsetEncoder encoder = KOREAN.newEncoder();
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            if (encoder.canEncode(ch)) {
                try {
                    ByteBuffer encoded = encoder.encode(CharBuffer.wrap(ch));
                    total += encoded.remaining();
                } catch (java.nio.charset.CharacterCodingException e) {
                    total += 2;
                }
            } else {
                total += 2;
            }
            i += Character.charCount(codePoint);
        }
        return total;
    }

    public static Kind kindOf(String text) {
        return bytes(text) <= SMS_MAX_BYTES ? Kind.SMS : Kind.LMS;
    }

    /** The longest prefix of {@code text} that fits {@code maxBytes}, with "…" when cut. */
    public static String fit(String text, int maxBytes) {
        if (bytes(text) <= maxBytes) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 2; // the ellipsis
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            int size = bytes(ch);
            if (used + size > maxBytes) {
                break;
            }
            out.append(ch);
            used += size;
            i += Character.charCount(codePoint);
        }
        return out.toString().stripTrailing() + "…";
    }
}
