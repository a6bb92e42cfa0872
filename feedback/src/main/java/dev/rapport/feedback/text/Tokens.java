package dev.rapport.feedback.text;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * A comment split into word tokens (letters, digits and apostrophes), each with its lower-case form
 * (apostrophes removed: "don't" becomes "dont"), whether it is written in capitals, and whether
 * punctuation separates it from the previous token. Immutable and thread-safe.
 */
final class Tokens {
  private final ImmutableList<String> words;
  private final boolean[] caps;
  private final boolean[] breakBefore;
  private final boolean mixedCase;
  private final int exclamations;

  private Tokens(
      ImmutableList<String> words,
      boolean[] caps,
      boolean[] breakBefore,
      boolean mixedCase,
      int exclamations) {
    this.words = words;
    this.caps = caps;
    this.breakBefore = breakBefore;
    this.mixedCase = mixedCase;
    this.exclamations = exclamations;
  }

  static Tokens of(String text) {
    ImmutableList.Builder<String> words = ImmutableList.builder();
    java.util.List<Boolean> caps = new java.util.ArrayList<>();
    java.util.List<Boolean> breaks = new java.util.ArrayList<>();
    boolean anyLower = false;
    boolean anyUpperWord = false;
    int exclamations = 0;
    boolean pendingBreak = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n
            && (Character.isLetterOrDigit(text.charAt(i))
                || (isApostrophe(text.charAt(i))
                    && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))))) {
          i++;
        }
        String raw = text.substring(start, i);
        boolean upper = raw.length() > 1 && isAllUpper(raw);
        anyUpperWord |= upper;
        anyLower |= hasLower(raw);
        words.add(raw.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", ""));
        caps.add(upper);
        breaks.add(pendingBreak);
        pendingBreak = false;
      } else {
        if (c == '!') {
          exclamations++;
        }
        if (!Character.isWhitespace(c) && !isApostrophe(c) && c != '-') {
          pendingBreak = true;
        }
        i++;
      }
    }
    boolean[] capsArray = new boolean[caps.size()];
    boolean[] breakArray = new boolean[breaks.size()];
    for (int k = 0; k < capsArray.length; k++) {
      capsArray[k] = caps.get(k);
      breakArray[k] = breaks.get(k);
    }
    return new Tokens(words.build(), capsArray, breakArray, anyLower && anyUpperWord, exclamations);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isAllUpper(String raw) {
    boolean letter = false;
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  private static boolean hasLower(String raw) {
    for (int k = 0; k < raw.length(); k++) {
      if (Character.isLowerCase(raw.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  ImmutableList<String> words() {
    return words;
  }

  int size() {
    return words.size();
  }

  String word(int i) {
    return words.get(i);
  }

  /** Whether token {@code i} is in capitals in a comment that also has lower case. */
  boolean emphasised(int i) {
    return mixedCase && caps[i];
  }

  /** Whether punctuation separates token {@code i} from the one before. */
  boolean breakBefore(int i) {
    return breakBefore[i];
  }

  int exclamations() {
    return exclamations;
  }

  /** Returns the words {@code from} (inclusive) to {@code to} (exclusive) joined by spaces. */
  String join(int from, int to) {
    return String.join(" ", words.subList(from, to));
  }
}
