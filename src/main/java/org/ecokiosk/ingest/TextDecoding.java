package org.ecokiosk.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the files Chinese offices produce: UTF-8 (with or without a BOM) or GBK (what Excel
 * writes on a Chinese Windows). Strict UTF-8 decoding fails on nearly every GBK text with
 * hanzi, so "valid UTF-8, else valid GBK, else refuse" tells them apart without guessing.
 */
public final class TextDecoding {
    public static final Charset GBK = Charset.forName("GBK");

    /** The decoded text and the encoding it was found in. */
    public record Decoded(String text, String encoding) {
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) throws CharacterCodingException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3)),
                    "UTF-8 (BOM)");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return new Decoded(strict(StandardCharsets.UTF_16, ByteBuffer.wrap(bytes)), "UTF-16");
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes)), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(strict(GBK, ByteBuffer.wrap(bytes)), "GBK");
        }
    }

    private static String strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes);
        return chars.toString();
    }
}
