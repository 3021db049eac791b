package dev.godwit.processor.snapshot;

/**
 * Searches in the first {@code length} bytes of a normalised UTF-8 text for ASCII strings: UTF-8
 * encodes no other character with ASCII bytes, so a byte match is a character match.
 */
final class Bytes {
  private Bytes() {}

  static boolean startsWith(byte[] bytes, int length, String ascii, int from) {
    if (from < 0 || from + ascii.length() > length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[from + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] bytes, int length, String ascii, int from) {
    for (int i = Math.max(from, 0); i + ascii.length() <= length; i++) {
      if (startsWith(bytes, length, ascii, i)) {
        return i;
      }
    }
    return -1;
  }

  static int lastIndexOf(byte[] bytes, int length, String ascii) {
    for (int i = length - ascii.length(); i >= 0; i--) {
      if (startsWith(bytes, length, ascii, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code text} is ASCII letters and digits only, and not empty. */
  static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return !text.isEmpty();
  }
}
