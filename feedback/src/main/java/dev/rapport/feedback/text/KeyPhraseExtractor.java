package dev.rapport.feedback.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Frequent key phrases of a set of comments by RAKE (rapid automatic keyword extraction): stop
 * words and punctuation split each comment into candidate phrases of up to {@value #MAX_WORDS}
 * content words; each word scores its degree (co-occurring words in candidates, itself included)
 * over its frequency across all comments; a phrase scores the sum of its words. A comment counts
 * for a candidate phrase when the phrase is a run of one of the comment's own candidates ("refund
 * process" is in "refund process took"). Phrases found in at least {@code minDocuments} comments
 * are returned, most widespread first, then by score. Numbers alone are not phrases. {@link
 * #english()} ships with an English stop-word list. Immutable and thread-safe.
 */
public final class KeyPhraseExtractor {
  /** The longest candidate phrase, in words. */
  public static final int MAX_WORDS = 4;

  private final ImmutableSet<String> stopWords;

  private KeyPhraseExtractor(Set<String> stopWords) {
    this.stopWords = ImmutableSet.copyOf(stopWords);
  }

  /** Returns the extractor with Rapport's English stop words. */
  public static KeyPhraseExtractor english() {
    return English.EXTRACTOR;
  }

  /** Returns an extractor with these stop words (lower case, apostrophes removed). */
  public static KeyPhraseExtractor withStopWords(Set<String> stopWords) {
    Objects.requireNonNull(stopWords, "stopWords");
    Set<String> normal = new HashSet<>();
    for (String word : stopWords) {
      List<String> words = Tokens.of(Objects.requireNonNull(word, "stop word")).words();
      if (words.size() != 1) {
        throw new IllegalArgumentException(
            "stop words must be single words, but had \"" + word + "\"");
      }
      normal.add(words.get(0));
    }
    return new KeyPhraseExtractor(normal);
  }

  /**
   * Returns at most {@code limit} phrases that appear in at least {@code minDocuments} of {@code
   * texts}.
   */
  public ImmutableList<KeyPhrase> extract(Iterable<String> texts, int minDocuments, int limit) {
    Objects.requireNonNull(texts, "texts");
    if (minDocuments < 1) {
      throw new IllegalArgumentException("minDocuments must be positive, but was " + minDocuments);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, but was " + limit);
    }
    Map<String, Integer> frequency = new HashMap<>();
    Map<String, Integer> degree = new HashMap<>();
    Set<String> candidatePhrases = new HashSet<>();
    List<List<List<String>>> perText = new ArrayList<>();
    for (String text : texts) {
      List<List<String>> candidates = candidates(Tokens.of(Objects.requireNonNull(text, "text")));
      for (List<String> candidate : candidates) {
        for (String word : candidate) {
          frequency.merge(word, 1, Integer::sum);
          degree.merge(word, candidate.size(), Integer::sum);
        }
        candidatePhrases.add(String.join(" ", candidate));
      }
      perText.add(candidates);
    }
    // A comment mentions a candidate phrase if the phrase is a run of words of one of its own
    // candidates: "refund process" is in "refund process took".
    Map<String, Long> documents = new HashMap<>();
    for (List<List<String>> candidates : perText) {
      Set<String> inThisText = new HashSet<>();
      for (List<String> candidate : candidates) {
        for (int from = 0; from < candidate.size(); from++) {
          for (int to = from + 1; to <= candidate.size(); to++) {
            String run = String.join(" ", candidate.subList(from, to));
            if (candidatePhrases.contains(run)) {
              inThisText.add(run);
            }
          }
        }
      }
      for (String phrase : inThisText) {
        documents.merge(phrase, 1L, Long::sum);
      }
    }
    List<KeyPhrase> phrases = new ArrayList<>();
    documents.forEach(
        (phrase, count) -> {
          if (count >= minDocuments) {
            double score = 0;
            for (String word : phrase.split(" ")) {
              score += (double) degree.get(word) / frequency.get(word);
            }
            phrases.add(new KeyPhrase(phrase, count, score));
          }
        });
    phrases.sort(
        Comparator.comparingLong(KeyPhrase::documents)
            .reversed()
            .thenComparing(Comparator.comparingDouble(KeyPhrase::score).reversed())
            .thenComparing(KeyPhrase::phrase));
    return ImmutableList.copyOf(phrases.subList(0, Math.min(limit, phrases.size())));
  }

  private List<List<String>> candidates(Tokens tokens) {
    List<List<String>> candidates = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.word(i);
      if (tokens.breakBefore(i)) {
        flush(current, candidates);
      }
      if (stopWords.contains(word) || word.chars().allMatch(Character::isDigit)) {
        flush(current, candidates);
      } else {
        current.add(word);
      }
    }
    flush(current, candidates);
    return candidates;
  }

  private static void flush(List<String> current, List<List<String>> candidates) {
    if (!current.isEmpty() && current.size() <= MAX_WORDS) {
      candidates.add(new ArrayList<>(current));
    }
    current.clear();
  }

  @Override
  public String toString() {
    return "KeyPhraseExtractor[" + stopWords.size() + " stop words]";
  }

  /** The English extractor, loaded once from the jar's resources. */
  private static final class English {
    static final KeyPhraseExtractor EXTRACTOR = load();

    private static KeyPhraseExtractor load() {
      Set<String> words = new HashSet<>();
      for (String[] row : Resources.rows("en-stopwords.txt")) {
        words.add(row[0]);
      }
      return new KeyPhraseExtractor(words);
    }
  }
}
