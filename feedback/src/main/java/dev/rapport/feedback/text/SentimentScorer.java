package dev.rapport.feedback.text;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A lexicon-and-rules sentiment scorer for short customer comments, with its own English lexicon
 * shipped in the jar ({@link #english()}); no model is downloaded.
 *
 * <p>Rules, applied to each lexicon term (a word or a phrase of up to three words, longest match
 * first) with valence v from -4 to 4:
 *
 * <ul>
 *   <li>intensifiers in the three words before it ("very", "extremely"; "slightly" dampens) add
 *       their value times |v|'s direction, less for farther words (x1, x0.95, x0.9);
 *   <li>a negation in the three words before it ("not", "never", "no", "don't", "without") flips
 *       and dampens it: v x -0.74;
 *   <li>"but" shifts weight to what follows: terms before it count x0.5, after it x1.5;
 *   <li>a term in capitals, in a comment that also has lower case, gains 0.733 in its direction;
 *   <li>each "!" (at most four) adds 0.292 in the direction of the total.
 * </ul>
 *
 * The total s is normalised to {@code s / sqrt(s^2 + 15)}, in [-1, 1]. Labels: positive at or above
 * {@value #DEFAULT_POSITIVE_THRESHOLD}, negative at or below {@value #DEFAULT_NEGATIVE_THRESHOLD},
 * neutral between (the thresholds can be set on the builder).
 *
 * <p>Accuracy: on 204 short support comments written and labelled by hand for Rapport before the
 * lexicon (80 positive, 84 negative, 40 neutral; the test resource {@code labelled-comments.tsv}),
 * {@link #english()} labels 187 correctly, 91.7% (positive 78/80, negative 72/84, neutral 37/40);
 * the test requires at least 85%. Most misses are complaints without a sentiment word ("My refund
 * never arrived", "No response for days"). The same person wrote the sample and the lexicon, so
 * expect lower accuracy on other text, especially sarcasm, jargon and mixed comments. Immutable and
 * thread-safe.
 */
public final class SentimentScorer {
  /** The default positive threshold. */
  public static final double DEFAULT_POSITIVE_THRESHOLD = 0.05;

  /** The default negative threshold. */
  public static final double DEFAULT_NEGATIVE_THRESHOLD = -0.05;

  private static final double NEGATION = -0.74;
  private static final double CAPS = 0.733;
  private static final double EXCLAMATION = 0.292;
  private static final int MAX_EXCLAMATIONS = 4;
  private static final double BUT_BEFORE = 0.5;
  private static final double BUT_AFTER = 1.5;
  private static final double ALPHA = 15;
  private static final int MAX_PHRASE = 3;
  private static final double[] DISTANCE = {1.0, 0.95, 0.9};

  private final ImmutableMap<String, Double> valences;
  private final ImmutableMap<String, Double> boosters;
  private final ImmutableSet<String> negations;
  private final double positiveThreshold;
  private final double negativeThreshold;

  private SentimentScorer(Builder builder) {
    this.valences = ImmutableMap.copyOf(builder.valences);
    this.boosters = ImmutableMap.copyOf(builder.boosters);
    this.negations = ImmutableSet.copyOf(builder.negations);
    this.positiveThreshold = builder.positiveThreshold;
    this.negativeThreshold = builder.negativeThreshold;
  }

  /** Returns the scorer with Rapport's English lexicon and the default thresholds. */
  public static SentimentScorer english() {
    return English.SCORER;
  }

  /** Returns a builder with an empty lexicon and the default thresholds. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from {@code base}: to add domain words to the English lexicon.
   */
  public static Builder builder(SentimentScorer base) {
    Objects.requireNonNull(base, "base");
    Builder builder = new Builder();
    builder.valences.putAll(base.valences);
    builder.boosters.putAll(base.boosters);
    builder.negations.addAll(base.negations);
    builder.positiveThreshold = base.positiveThreshold;
    builder.negativeThreshold = base.negativeThreshold;
    return builder;
  }

  /** Returns the sentiment of {@code text}; text without lexicon terms is neutral with score 0. */
  public Sentiment score(String text) {
    Objects.requireNonNull(text, "text");
    Tokens tokens = Tokens.of(text);
    int n = tokens.size();
    int but = -1;
    for (int i = 0; i < n; i++) {
      if (tokens.word(i).equals("but")) {
        but = i;
      }
    }
    double sum = 0;
    int i = 0;
    while (i < n) {
      int length = match(tokens, i);
      if (length == 0 || isBoosterBeforeTerm(tokens, i, length)) {
        i++;
        continue;
      }
      double v = valences.get(tokens.join(i, i + length));
      for (int k = i; k < i + length; k++) {
        if (tokens.emphasised(k)) {
          v += Math.signum(v) * CAPS;
          break;
        }
      }
      v += Math.signum(v) * boost(tokens, i);
      if (negated(tokens, i)) {
        v *= NEGATION;
      }
      if (but >= 0) {
        v *= i < but ? BUT_BEFORE : i > but ? BUT_AFTER : 1;
      }
      sum += v;
      i += length;
    }
    if (sum != 0) {
      sum += Math.signum(sum) * Math.min(tokens.exclamations(), MAX_EXCLAMATIONS) * EXCLAMATION;
    }
    double score = sum / Math.sqrt(sum * sum + ALPHA);
    return new Sentiment(score, label(score));
  }

  /** Returns the label of {@code score} by this scorer's thresholds. */
  public Sentiment.Label label(double score) {
    if (score >= positiveThreshold) {
      return Sentiment.Label.POSITIVE;
    }
    return score <= negativeThreshold ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
  }

  /** Returns the length of the longest lexicon term starting at token {@code i}, or 0. */
  private int match(Tokens tokens, int i) {
    for (int length = Math.min(MAX_PHRASE, tokens.size() - i); length >= 1; length--) {
      if (valences.containsKey(tokens.join(i, i + length))) {
        return length;
      }
    }
    return 0;
  }

  /** A word such as "super" is an intensifier, not a term, when a term follows it. */
  private boolean isBoosterBeforeTerm(Tokens tokens, int i, int length) {
    return length == 1
        && boosters.containsKey(tokens.word(i))
        && i + 1 < tokens.size()
        && match(tokens, i + 1) > 0;
  }

  private double boost(Tokens tokens, int i) {
    double total = 0;
    for (int k = 1; k <= 3 && i - k >= 0; k++) {
      Double single = boosters.get(tokens.word(i - k));
      Double pair = i - k - 1 >= 0 ? boosters.get(tokens.join(i - k - 1, i - k + 1)) : null;
      Double value = pair != null ? pair : single;
      if (value != null) {
        total += value * DISTANCE[k - 1];
      }
    }
    return total;
  }

  private boolean negated(Tokens tokens, int i) {
    for (int k = 1; k <= 3 && i - k >= 0; k++) {
      String word = tokens.word(i - k);
      if (negations.contains(word)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "SentimentScorer["
        + valences.size()
        + " terms, "
        + boosters.size()
        + " intensifiers, "
        + negations.size()
        + " negations, thresholds "
        + negativeThreshold
        + "/"
        + positiveThreshold
        + "]";
  }

  /**
   * Builds a {@link SentimentScorer}; each setter validates its argument and {@code build()} checks
   * that the negative threshold is below the positive one. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Double> valences = new HashMap<>();
    private final Map<String, Double> boosters = new HashMap<>();
    private final Set<String> negations = new HashSet<>();
    private double positiveThreshold = DEFAULT_POSITIVE_THRESHOLD;
    private double negativeThreshold = DEFAULT_NEGATIVE_THRESHOLD;

    private Builder() {}

    /** Sets the valence (-4 to 4) of a word or a phrase of up to three words. */
    public Builder term(String term, double valence) {
      String normal = normalise(term, "term");
      if (!(valence >= -4 && valence <= 4)) {
        throw new IllegalArgumentException(
            "valence must be from -4 to 4, but was " + valence + " for \"" + term + "\"");
      }
      valences.put(normal, valence);
      return this;
    }

    /**
     * Sets an intensifier (one or two words) and the amount (-1 to 1) it adds to the magnitude of
     * the term after it; negative amounts dampen.
     */
    public Builder intensifier(String words, double amount) {
      String normal = normalise(words, "intensifier");
      if (!(amount >= -1 && amount <= 1)) {
        throw new IllegalArgumentException(
            "amount must be from -1 to 1, but was " + amount + " for \"" + words + "\"");
      }
      boosters.put(normal, amount);
      return this;
    }

    /** Adds a negation word (one word; apostrophes are ignored: "don't" is "dont"). */
    public Builder negation(String word) {
      String normal = normalise(word, "negation");
      if (normal.contains(" ")) {
        throw new IllegalArgumentException("negation must be one word, but was \"" + word + "\"");
      }
      negations.add(normal);
      return this;
    }

    /** Sets the labels' thresholds: negative at or below the first, positive at or above. */
    public Builder thresholds(double negativeAtMost, double positiveAtLeast) {
      if (!(negativeAtMost >= -1 && negativeAtMost <= 1)
          || !(positiveAtLeast >= -1 && positiveAtLeast <= 1)) {
        throw new IllegalArgumentException(
            "thresholds must be from -1 to 1, but were " + negativeAtMost + ", " + positiveAtLeast);
      }
      this.negativeThreshold = negativeAtMost;
      this.positiveThreshold = positiveAtLeast;
      return this;
    }

    /**
     * Returns the scorer.
     *
     * @throws IllegalStateException if the negative threshold is not below the positive one
     */
    public SentimentScorer build() {
      if (!(negativeThreshold < positiveThreshold)) {
        throw new IllegalStateException(
            "negative threshold must be below the positive threshold "
                + positiveThreshold
                + ", but was "
                + negativeThreshold);
      }
      return new SentimentScorer(this);
    }

    private static String normalise(String term, String name) {
      Objects.requireNonNull(term, name);
      String normal = String.join(" ", Tokens.of(term).words());
      if (normal.isEmpty() || normal.split(" ").length > MAX_PHRASE) {
        throw new IllegalArgumentException(
            name + " must be one to three words, but was \"" + term + "\"");
      }
      return normal.toLowerCase(Locale.ROOT);
    }
  }

  /** The English scorer, loaded once from the jar's resources. */
  private static final class English {
    static final SentimentScorer SCORER = load();

    private static SentimentScorer load() {
      Builder builder = builder();
      for (String[] row : Resources.rows("en-valence.tsv")) {
        builder.term(row[0], Double.parseDouble(row[1]));
      }
      for (String[] row : Resources.rows("en-modifiers.tsv")) {
        if (row[0].equals("boost")) {
          builder.intensifier(row[1], Double.parseDouble(row[2]));
        } else {
          builder.negation(row[1]);
        }
      }
      return builder.build();
    }
  }
}
