package dev.rapport.feedback.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyPhraseExtractorTest {

  @Test
  void findsFrequentPhrasesSplitByStopWordsAndPunctuation() {
    List<String> comments =
        List.of(
            "The refund process is slow",
            "Refund process took two weeks, terrible",
            "I waited on hold for an hour",
            "On hold again. Refund process broken",
            "Great agent");
    List<KeyPhrase> phrases = KeyPhraseExtractor.english().extract(comments, 2, 10);
    assertThat(phrases).extracting(KeyPhrase::phrase).containsExactly("refund process", "hold");
    assertThat(phrases.get(0).documents()).isEqualTo(3);
  }

  @Test
  void scoresAreDegreeOverFrequency() {
    // Candidates: [late delivery], [late delivery], [delivery]: late deg 4 / freq 2 = 2,
    // delivery deg 5 / freq 3. "delivery" is in all three comments, "late delivery" in two.
    KeyPhraseExtractor extractor = KeyPhraseExtractor.withStopWords(Set.of("the", "was"));
    List<KeyPhrase> phrases =
        extractor.extract(List.of("late delivery", "the late delivery", "delivery was"), 1, 5);
    assertThat(phrases).extracting(KeyPhrase::phrase).containsExactly("delivery", "late delivery");
    assertThat(phrases.get(0).documents()).isEqualTo(3);
    assertThat(phrases.get(0).score()).isCloseTo(5.0 / 3, within(1e-12));
    assertThat(phrases.get(1).documents()).isEqualTo(2);
    assertThat(phrases.get(1).score()).isCloseTo(2 + 5.0 / 3, within(1e-12));
  }

  @Test
  void numbersAndLongRunsAreNotPhrases() {
    KeyPhraseExtractor extractor = KeyPhraseExtractor.withStopWords(Set.of("and"));
    assertThat(extractor.extract(List.of("order 4471", "order 4471"), 1, 5))
        .extracting(KeyPhrase::phrase)
        .containsExactly("order");
    assertThat(extractor.extract(List.of("one two three four five"), 1, 5)).isEmpty();
    assertThat(extractor.extract(List.of("a b", "a b"), 1, 0)).isEmpty();
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> KeyPhraseExtractor.english().extract(List.of(), 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minDocuments must be positive, but was 0");
    assertThatThrownBy(() -> KeyPhraseExtractor.english().extract(List.of(), 1, -1))
        .hasMessage("limit must not be negative, but was -1");
    assertThatThrownBy(() -> KeyPhraseExtractor.withStopWords(Set.of("two words")))
        .hasMessage("stop words must be single words, but had \"two words\"");
  }
}
