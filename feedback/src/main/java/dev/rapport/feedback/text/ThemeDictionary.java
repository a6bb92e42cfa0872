package dev.rapport.feedback.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Themes of comments by keyword: each theme (such as "billing") has keywords, each a word, a phrase
 * of words, or a word prefix ending in {@code *} ({@code refund*} matches "refunds" and
 * "refunded"). Matching is on lower-case words with apostrophes removed, so punctuation and case do
 * not matter. {@link #support()} is a starting dictionary for support desks. Immutable and
 * thread-safe.
 */
public final class ThemeDictionary {
  private final ImmutableMap<String, ImmutableList<String>> themes;

  private ThemeDictionary(Map<String, ImmutableList<String>> themes) {
    this.themes = ImmutableMap.copyOf(themes);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a starting dictionary for support comments: billing, refunds, delivery, waiting, staff,
   * resolution, account access, product quality and usability.
   */
  public static ThemeDictionary support() {
    return builder()
        .theme(
            "billing", "bill*", "invoice*", "charge*", "payment*", "fee*", "price*", "overcharg*")
        .theme("refunds", "refund*", "money back", "reimburs*")
        .theme("delivery", "deliver*", "shipping", "ship*", "parcel*", "package*", "courier*")
        .theme(
            "waiting",
            "wait*",
            "on hold",
            "slow*",
            "took forever",
            "late",
            "delay*",
            "no response",
            "never came",
            "call back")
        .theme(
            "staff",
            "agent*",
            "staff",
            "rude*",
            "friendly",
            "polite",
            "patient",
            "helpful",
            "unhelpful",
            "knowledgeable")
        .theme("resolution", "resolv*", "solv*", "fix*", "sorted", "not fixed", "still not")
        .theme("account access", "login", "log in", "password*", "locked out", "account*")
        .theme(
            "product quality",
            "broken",
            "bug*",
            "crash*",
            "defect*",
            "damaged",
            "faulty",
            "quality")
        .theme("usability", "confus*", "interface", "website", "app", "easy", "difficult", "steps")
        .build();
  }

  /** Returns the themes and their keywords, in the order they were defined. */
  public ImmutableMap<String, ImmutableList<String>> themes() {
    return themes;
  }

  /** Returns the themes {@code text} mentions, in definition order. */
  public ImmutableSet<String> themesOf(String text) {
    Objects.requireNonNull(text, "text");
    List<String> words = Tokens.of(text).words();
    ImmutableSet.Builder<String> found = ImmutableSet.builder();
    for (Map.Entry<String, ImmutableList<String>> theme : themes.entrySet()) {
      for (String keyword : theme.getValue()) {
        if (mentions(words, keyword)) {
          found.add(theme.getKey());
          break;
        }
      }
    }
    return found.build();
  }

  /**
   * Returns how many of {@code texts} mention each theme, most mentioned first (ties in definition
   * order); themes no text mentions are left out.
   */
  public ImmutableMap<String, Long> count(Iterable<String> texts) {
    Objects.requireNonNull(texts, "texts");
    Map<String, Long> counts = new HashMap<>();
    for (String text : texts) {
      for (String theme : themesOf(text)) {
        counts.merge(theme, 1L, Long::sum);
      }
    }
    List<String> order = new ArrayList<>(themes.keySet());
    order.removeIf(theme -> !counts.containsKey(theme));
    order.sort(Comparator.comparing((String theme) -> -counts.get(theme)));
    Map<String, Long> sorted = new LinkedHashMap<>();
    for (String theme : order) {
      sorted.put(theme, counts.get(theme));
    }
    return ImmutableMap.copyOf(sorted);
  }

  private static boolean mentions(List<String> words, String keyword) {
    String[] parts = keyword.split(" ");
    for (int i = 0; i + parts.length <= words.size(); i++) {
      boolean all = true;
      for (int j = 0; j < parts.length && all; j++) {
        String part = parts[j];
        String word = words.get(i + j);
        all =
            part.endsWith("*")
                ? word.startsWith(part.substring(0, part.length() - 1))
                : word.equals(part);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThemeDictionary && ((ThemeDictionary) o).themes.equals(themes);
  }

  @Override
  public int hashCode() {
    return themes.hashCode();
  }

  @Override
  public String toString() {
    return "ThemeDictionary" + themes;
  }

  /** Builds a {@link ThemeDictionary}; each theme is validated as it is added. Not thread-safe. */
  public static final class Builder {
    private final Map<String, ImmutableList<String>> themes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a theme with its keywords: words, phrases, or prefixes ending in {@code *} (at least two
     * characters before it).
     *
     * @throws IllegalArgumentException for a blank or repeated name, no keywords, or a keyword
     *     without words
     */
    public Builder theme(String name, String... keywords) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank() || !name.strip().equals(name)) {
        throw new IllegalArgumentException(
            "name must not be blank or padded, but was \"" + name + "\"");
      }
      if (themes.containsKey(name)) {
        throw new IllegalArgumentException("name must be new, but was repeated: \"" + name + "\"");
      }
      if (keywords.length == 0) {
        throw new IllegalArgumentException("keywords must not be empty, but was for " + name);
      }
      ImmutableList.Builder<String> normal = ImmutableList.builder();
      for (String keyword : keywords) {
        normal.add(normalise(Objects.requireNonNull(keyword, "keyword")));
      }
      themes.put(name, normal.build());
      return this;
    }

    /** Returns the dictionary. */
    public ThemeDictionary build() {
      return new ThemeDictionary(themes);
    }

    private static String normalise(String keyword) {
      boolean prefix = keyword.strip().endsWith("*");
      String words = String.join(" ", Tokens.of(keyword).words());
      if (words.isEmpty() || (prefix && words.substring(words.lastIndexOf(' ') + 1).length() < 2)) {
        throw new IllegalArgumentException(
            "keyword must have words (a prefix at least two letters), but was \"" + keyword + "\"");
      }
      return prefix ? words + "*" : words;
    }
  }
}
