package org.ecokiosk.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One pass over a file's bytes, without decoding them into memory: does it start with a BOM,
 * is it UTF-16, how many whole multi-byte UTF-8 characters and how many broken UTF-8 sequences
 * does it hold, and on which line is the first broken one.
 *
 * <p>Why a count and not "any broken byte means GBK": a UTF-8 file with one damaged byte pair
 * would otherwise be decoded as GBK and published as mojibake (示例 → 绀轰緥). Why not "any whole
 * UTF-8 character means UTF-8": GBK hanzi form a valid UTF-8 sequence by chance now and then
 * (E4 A1 B0 is both 洹 and the start of a GBK pair), so a long GBK file nearly always holds a few.
 * In a damaged UTF-8 file the whole characters far outnumber the broken ones; in a GBK file
 * the broken ones far outnumber the accidental whole ones.
 */
final class EncodingScan {
    enum Bom { NONE, UTF8, UTF16 }

    private Bom bom = Bom.NONE;
    private long validMultiByte;
    private long invalid;
    private int firstInvalidLine;
    private long zeroAtEven;
    private long zeroAtOdd;
    private long scanned;
    private int firstGbkInvalidLine;

    private EncodingScan() {
    }

    static EncodingScan of(InputStream in) throws IOException {
        EncodingScan s = new EncodingScan();
        s.scan(in);
        return s;
    }

    Bom bom() {
        return bom;
    }

    boolean validUtf8() {
        return invalid == 0;
    }

    /** Damaged UTF-8 rather than another encoding: more whole multi-byte characters than broken sequences. */
    boolean damagedUtf8() {
        return invalid > 0 && validMultiByte > 0 && validMultiByte >= invalid;
    }

    int firstInvalidLine() {
        return firstInvalidLine;
    }

    /** The line of the first byte that cannot be GBK (a lead byte 0x80 or 0xFF, or a bad trail byte); 0 if none. */
    int firstGbkInvalidLine() {
        return firstGbkInvalidLine;
    }

    /** UTF-16 without a BOM: text in it has a zero byte beside nearly every ASCII character. */
    boolean looksUtf16() {
        long zeros = Math.max(zeroAtEven, zeroAtOdd);
        return scanned >= 4 && zeros * 10 >= scanned / 2 * 6 && Math.min(zeroAtEven, zeroAtOdd) * 10 < zeros;
    }

    private void scan(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        int line = 1;
        int need = 0;       // continuation bytes still expected
        int seqLine = 1;
        int min = 0;        // smallest code point allowed for the current sequence (no overlong forms)
        int codePoint = 0;
        long position = 0;
        boolean first = true;
        boolean gbkTrail = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            if (first) {
                first = false;
                if (n >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                    bom = Bom.UTF8;
                    start = 3;
                } else if (n >= 2 && ((buf[0] & 0xff) == 0xFF && (buf[1] & 0xff) == 0xFE
                        || (buf[0] & 0xff) == 0xFE && (buf[1] & 0xff) == 0xFF)) {
                    bom = Bom.UTF16;
                    return;
                }
            }
            for (int i = start; i < n; i++, position++) {
                if (need == 0 && !gbkTrail && position >= 4096) {
                    // plain ASCII, 8 bytes at a time (most of an hourly file): only its line breaks matter
                    int ascii = asciiRun(buf, i, n);
                    if (ascii > 0) {
                        line += newlines(buf, i, ascii);
                        i += ascii;
                        position += ascii;
                        if (i == n) {
                            break;
                        }
                    }
                }
                int b = buf[i] & 0xff;
                if (position < 4096) {
                    scanned++;
                    if (b == 0) {
                        if ((position & 1) == 0) {
                            zeroAtEven++;
                        } else {
                            zeroAtOdd++;
                        }
                    }
                }
                if (gbkTrail) {
                    gbkTrail = false;
                    if ((b < 0x40 || b == 0x7F || b == 0xFF) && firstGbkInvalidLine == 0) {
                        firstGbkInvalidLine = line;
                    }
                } else if (b >= 0x81 && b <= 0xFE) {
                    gbkTrail = true;
                } else if ((b == 0x80 || b == 0xFF) && firstGbkInvalidLine == 0) {
                    firstGbkInvalidLine = line;
                }
                if (need > 0) {
                    if ((b & 0xC0) == 0x80) {
                        codePoint = (codePoint << 6) | (b & 0x3F);
                        if (--need == 0) {
                            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                                broken(seqLine);
                            } else {
                                validMultiByte++;
                            }
                        }
                        continue;
                    }
                    broken(seqLine);
                    need = 0;
                }
                if (b == '\n') {
                    line++;
                }
                if (b < 0x80) {
                    continue;
                }
                seqLine = line;
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                    min = 0x80;
                    codePoint = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    min = 0x800;
                    codePoint = b & 0x0F;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    min = 0x10000;
                    codePoint = b & 0x07;
                } else {
                    broken(line);
                }
            }
        }
        if (need > 0) {
            broken(seqLine);
        }
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;

    /** How many bytes from {@code from}, a multiple of 8, are all below 0x80. */
    private static int asciiRun(byte[] buf, int from, int to) {
        int i = from;
        while (i + 8 <= to && ((long) LONGS.get(buf, i) & HIGH_BITS) == 0) {
            i += 8;
        }
        return i - from;
    }

    /** The '\n' bytes among {@code count} ASCII bytes from {@code from} (count a multiple of 8). */
    private static int newlines(byte[] buf, int from, int count) {
        int found = 0;
        for (int i = from; i < from + count; i += 8) {
            long x = (long) LONGS.get(buf, i) ^ LINE_FEEDS;  // a line feed becomes a zero byte
            long zeros = ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
            found += Long.bitCount(zeros);
        }
        return found;
    }

    private void broken(int line) {
        if (invalid == 0) {
            firstInvalidLine = line;
        }
        invalid++;
    }
}
