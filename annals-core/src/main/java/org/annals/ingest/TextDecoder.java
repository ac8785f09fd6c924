package org.annals.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.InputException;

/**
 * Decodes an input's bytes to text. Valid UTF-8 (with or without BOM) is taken as UTF-8; a UTF-16
 * BOM is honoured; an HTML page's declared charset is honoured; anything else is detected with
 * ICU's {@link CharsetDetector}. Binary data (images, archives, anything with NUL bytes) is refused
 * with a message naming what it looks like. Thread-safe.
 */
public final class TextDecoder {
  /** The decoded text and how its charset was chosen. */
  public record Decoded(String text, String charset, String note) {}

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final int MIN_CONFIDENCE = 10;

  public Decoded decode(String input, byte[] bytes, boolean html) {
    if (bytes.length == 0) {
      throw new InputException(input, "empty file");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strictUtf8(input, bytes, 3), "UTF-8", "UTF-8 with byte-order mark");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      Charset cs = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      return new Decoded(new String(bytes, 2, bytes.length - 2, cs), cs.name(), "byte-order mark");
    }
    String binary = binaryKind(bytes);
    if (binary != null) {
      throw new InputException(input, "binary data, not text (" + binary + ")");
    }
    String utf8 = tryUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8", "valid UTF-8");
    }
    if (html) {
      Decoded declared = declared(bytes);
      if (declared != null) {
        return declared;
      }
    }
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(html);
    detector.setText(bytes);
    for (CharsetMatch m : detector.detectAll()) {
      if (m.getConfidence() < MIN_CONFIDENCE || m.getName().startsWith("UTF-8")) {
        continue;
      }
      if (!Charset.isSupported(m.getName())) {
        continue;
      }
      String name = m.getName();
      // ICU reports ISO-8859-1 for text whose bytes 0x80-0x9F are windows-1252 punctuation
      if (name.equals("ISO-8859-1") && hasC1(bytes)) {
        name = "windows-1252";
      }
      return new Decoded(
          new String(bytes, Charset.forName(name)),
          name,
          "not valid UTF-8; detected " + name + " (confidence " + m.getConfidence() + ")");
    }
    throw new InputException(input, "not valid UTF-8 and no other encoding could be detected");
  }

  private static Decoded declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      String name = m.group(1);
      try {
        Charset cs = Charset.forName(name);
        if (!cs.equals(StandardCharsets.UTF_8)) {
          return new Decoded(
              new String(bytes, cs), cs.name(), "declared in the page (" + name + ")");
        }
      } catch (IllegalArgumentException e) {
        return null; // unknown or illegal name: detect instead
      }
    }
    return null;
  }

  private static String strictUtf8(String input, byte[] bytes, int offset) {
    String s = tryUtf8(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    if (s == null) {
      throw new InputException(input, "starts with a UTF-8 byte-order mark but is not valid UTF-8");
    }
    return s;
  }

  private static String tryUtf8(byte[] bytes) {
    return tryUtf8(ByteBuffer.wrap(bytes));
  }

  private static String tryUtf8(ByteBuffer buf) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buf)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean hasC1(byte[] bytes) {
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v >= 0x80 && v <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  /** What binary data looks like, or null when it may be text. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP archive or office document";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip data in a file not named .gz";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "executable";
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int v = b[i] & 0xFF;
      if (v == 0) {
        return "contains NUL bytes";
      }
      if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x1B) {
        control++;
      }
    }
    return control > n / 20 ? "mostly control characters" : null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
