package dev.rapport.feedback.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeDictionaryTest {
  private static final ThemeDictionary THEMES =
      ThemeDictionary.builder()
          .theme("billing", "invoice*", "charged twice")
          .theme("refunds", "refund*")
          .theme("waiting", "on hold", "slow")
          .build();

  @Test
  void matchesWordsPhrasesAndPrefixesWhateverThePunctuationAndCase() {
    assertThat(THEMES.themesOf("REFUNDED late; was Charged, twice?"))
        .containsExactly("billing", "refunds");
    assertThat(THEMES.themesOf("Invoices are fine")).containsExactly("billing");
    assertThat(THEMES.themesOf("I was on-hold")).containsExactly("waiting");
    assertThat(THEMES.themesOf("holding on")).isEmpty();
    assertThat(THEMES.themesOf("slowly")).isEmpty();
  }

  @Test
  void countsCommentsPerThemeMostMentionedFirst() {
    assertThat(
            THEMES.count(
                List.of("refund please", "slow refund", "on hold forever", "refunds!", "hi")))
        .containsExactly(java.util.Map.entry("refunds", 3L), java.util.Map.entry("waiting", 2L));
  }

  @Test
  void supportDictionary() {
    ThemeDictionary support = ThemeDictionary.support();
    assertThat(support.themesOf("I was locked out and the agent was rude"))
        .containsExactly("staff", "account access");
    assertThat(support.themes()).containsKeys("billing", "delivery", "usability");
    assertThat(support).isEqualTo(ThemeDictionary.support());
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> ThemeDictionary.builder().theme(" x", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank or padded, but was \" x\"");
    assertThatThrownBy(() -> ThemeDictionary.builder().theme("x"))
        .hasMessage("keywords must not be empty, but was for x");
    assertThatThrownBy(() -> ThemeDictionary.builder().theme("x", "a").theme("x", "b"))
        .hasMessage("name must be new, but was repeated: \"x\"");
    assertThatThrownBy(() -> ThemeDictionary.builder().theme("x", "b*"))
        .hasMessage("keyword must have words (a prefix at least two letters), but was \"b*\"");
    assertThatThrownBy(() -> ThemeDictionary.builder().theme("x", "--"))
        .hasMessage("keyword must have words (a prefix at least two letters), but was \"--\"");
  }
}
