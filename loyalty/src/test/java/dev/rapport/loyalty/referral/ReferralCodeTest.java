package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralCodeTest {
  private static final String ALPHABET = ReferralCode.ALPHABET;

  @Test
  void alphabetHas31CharactersAndNoAmbiguousOnes() {
    assertThat(ALPHABET).hasSize(31);
    assertThat(ALPHABET.chars().distinct().count()).isEqualTo(31);
    for (char c : "0O1IL".toCharArray()) {
      assertThat(ALPHABET.indexOf(c)).as("%s", c).isEqualTo(-1);
      assertThat(ALPHABET.indexOf(Character.toLowerCase(c))).isEqualTo(-1);
    }
  }

  @Test
  void randomCodesHaveTheBodyLengthPlusACheckCharacterAndParseBack() {
    SplittableRandom random = new SplittableRandom(7);
    for (int body = ReferralCode.MIN_BODY_LENGTH; body < ReferralCode.MAX_LENGTH; body++) {
      ReferralCode code = ReferralCode.random(random, body);
      assertThat(code.value()).hasSize(body + 1);
      assertThat(code.value().chars()).allMatch(c -> ALPHABET.indexOf(c) >= 0);
      assertThat(ReferralCode.parse(code.value())).isEqualTo(code);
      assertThat(code.checkCharacter()).isEqualTo(code.value().charAt(body));
    }
    assertThat(ReferralCode.random(new SecureRandom()).value())
        .hasSize(ReferralCode.DEFAULT_BODY_LENGTH + 1);
  }

  @Test
  void randomCodesUseEveryCharacterAboutEquallyOften() {
    SplittableRandom random = new SplittableRandom(11);
    int[] counts = new int[ALPHABET.length()];
    int codes = 20_000;
    for (int i = 0; i < codes; i++) {
      String value = ReferralCode.random(random, 8).value();
      for (int j = 0; j < 8; j++) {
        counts[ALPHABET.indexOf(value.charAt(j))]++;
      }
    }
    double expected = codes * 8 / 31.0;
    for (int count : counts) {
      // 5,161 expected per character; 5 standard deviations is about 350.
      assertThat(Math.abs(count - expected)).isLessThan(400);
    }
  }

  @Test
  void aSeededSourceRepeatsItsCodes() {
    assertThat(ReferralCode.random(new SplittableRandom(3)))
        .isEqualTo(ReferralCode.random(new SplittableRandom(3)));
  }

  @Test
  void parseIsCaseInsensitiveAndIgnoresSpacesAndHyphens() {
    ReferralCode code = ReferralCode.random(new SplittableRandom(5));
    String value = code.value();
    String typed =
        "  "
            + value.substring(0, 4).toLowerCase()
            + "-"
            + value.substring(4, 7)
            + " "
            + value.substring(7)
            + "\t";
    assertThat(ReferralCode.parse(typed)).isEqualTo(code);
    assertThat(ReferralCode.parse(typed).toString()).isEqualTo(value);
    assertThat(ReferralCode.tryParse(typed)).contains(code);
  }

  /**
   * Every single-character substitution is caught, for every code. The change a substitution makes
   * to the weighted sum depends only on the position's weight and the difference of the two
   * characters' numbers, so one code per length, with every position replaced by each of the 30
   * other characters, covers every (weight, difference) pair: every code of every length.
   */
  @Test
  void everySingleSubstitutionIsCaught() {
    SplittableRandom random = new SplittableRandom(13);
    int caught = 0;
    for (int body = ReferralCode.MIN_BODY_LENGTH; body < ReferralCode.MAX_LENGTH; body++) {
      char[] code = ReferralCode.random(random, body).value().toCharArray();
      for (int i = 0; i < code.length; i++) {
        char original = code[i];
        for (char replacement : ALPHABET.toCharArray()) {
          if (replacement == original) {
            continue;
          }
          code[i] = replacement;
          String typo = new String(code);
          assertThatThrownBy(() -> ReferralCode.parse(typo))
              .isInstanceOfSatisfying(
                  InvalidReferralCodeException.class,
                  e ->
                      assertThat(e.problem())
                          .isEqualTo(InvalidReferralCodeException.Problem.CHECK_FAILED));
          caught++;
        }
        code[i] = original;
      }
    }
    // 24 lengths from 7 to 30 characters: 30 replacements at each of 444 positions.
    assertThat(caught).isEqualTo(444 * 30);
  }

  /**
   * Every transposition of two different adjacent characters is caught, for every code. The change
   * depends on the two positions and the two characters; each length is tried with every ordered
   * pair of different characters at every pair of adjacent positions, the rest of the code made
   * valid by solving for one other position.
   */
  @Test
  void everyAdjacentTranspositionIsCaught() {
    SplittableRandom random = new SplittableRandom(17);
    long caught = 0;
    for (int length = ReferralCode.MIN_BODY_LENGTH + 1;
        length <= ReferralCode.MAX_LENGTH;
        length++) {
      for (int i = 0; i + 1 < length; i++) {
        for (int a = 0; a < 31; a++) {
          for (int b = 0; b < 31; b++) {
            if (a == b) {
              continue;
            }
            int[] values = random.ints(length, 0, 31).toArray();
            values[i] = a;
            values[i + 1] = b;
            String valid = validCode(values, i == 0 ? length - 1 : 0);
            assertThat(ReferralCode.tryParse(valid)).isPresent();
            char[] swapped = valid.toCharArray();
            swapped[i] = valid.charAt(i + 1);
            swapped[i + 1] = valid.charAt(i);
            assertThat(ReferralCode.tryParse(new String(swapped))).isEmpty();
            caught++;
          }
        }
      }
    }
    assertThat(caught).isEqualTo(questionSum() * 930);
  }

  /** The number of adjacent position pairs over all lengths, 6 + 7 + ... + 29. */
  private static long questionSum() {
    long sum = 0;
    for (int length = ReferralCode.MIN_BODY_LENGTH + 1;
        length <= ReferralCode.MAX_LENGTH;
        length++) {
      sum += length - 1;
    }
    return sum;
  }

  /**
   * Returns the code with these character numbers, except that the one at {@code free} is solved
   * for so that the weighted sum (weights 1, 2, ... from the right) is a multiple of 31.
   */
  private static String validCode(int[] values, int free) {
    int length = values.length;
    int sum = 0;
    for (int i = 0; i < length; i++) {
      if (i != free) {
        sum = (sum + values[i] * (length - i)) % 31;
      }
    }
    int weight = length - free;
    int inverse = 1;
    while (weight * inverse % 31 != 1) {
      inverse++;
    }
    values[free] = (31 - sum) * inverse % 31;
    StringBuilder text = new StringBuilder();
    for (int value : values) {
      text.append(ALPHABET.charAt(value));
    }
    return text.toString();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "",
            InvalidReferralCodeException.Problem.EMPTY,
            -1,
            "referral code must not be empty, but was \"\""),
        Arguments.of(
            " - ",
            InvalidReferralCodeException.Problem.EMPTY,
            -1,
            "referral code must not be empty, but was \" - \""),
        Arguments.of(
            "ABC23",
            InvalidReferralCodeException.Problem.WRONG_LENGTH,
            -1,
            "referral code must have 7 to 30 characters, but had 5 in \"ABC23\""),
        Arguments.of(
            "A".repeat(31),
            InvalidReferralCodeException.Problem.WRONG_LENGTH,
            -1,
            "referral code must have 7 to 30 characters, but had 31 in \"" + "A".repeat(31) + "\""),
        Arguments.of(
            "AB0DEFGH",
            InvalidReferralCodeException.Problem.AMBIGUOUS_CHARACTER,
            2,
            "referral code must use only the characters "
                + ALPHABET
                + " (either case), but had '0' at index 2; codes never contain 0, O, 1, I or L"),
        Arguments.of(
            "ABCDEFGl",
            InvalidReferralCodeException.Problem.AMBIGUOUS_CHARACTER,
            7,
            "referral code must use only the characters "
                + ALPHABET
                + " (either case), but had 'l' at index 7; codes never contain 0, O, 1, I or L"),
        Arguments.of(
            "ABC_DEFGH",
            InvalidReferralCodeException.Problem.INVALID_CHARACTER,
            3,
            "referral code must use only the characters "
                + ALPHABET
                + " (either case), but had '_' at index 3"),
        Arguments.of(
            "ABCDEFGÄ",
            InvalidReferralCodeException.Problem.INVALID_CHARACTER,
            7,
            "referral code must use only the characters "
                + ALPHABET
                + " (either case), but had 'Ä' at index 7"),
        Arguments.of(
            "ABC\u0007DEFG",
            InvalidReferralCodeException.Problem.INVALID_CHARACTER,
            3,
            "referral code must use only the characters "
                + ALPHABET
                + " (either case), but had U+0007 at index 3"),
        Arguments.of(
            "ABCDEFGJ",
            InvalidReferralCodeException.Problem.CHECK_FAILED,
            -1,
            "referral code must pass its check character, but \"ABCDEFGJ\" does not: "
                + "a character is mistyped or two are swapped"));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource("malformed")
  void parseRejectsMalformedCodesSayingWhatIsWrong(
      String text, InvalidReferralCodeException.Problem problem, int index, String message) {
    assertThatThrownBy(() -> ReferralCode.parse(text))
        .isInstanceOfSatisfying(
            InvalidReferralCodeException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(problem);
              assertThat(e.input()).isEqualTo(text);
              if (index < 0) {
                assertThat(e.index()).isEmpty();
              } else {
                assertThat(e.index()).hasValue(index);
              }
            })
        .hasMessage(message);
    assertThat(ReferralCode.tryParse(text)).isEmpty();
  }

  @Test
  void theConstructorWantsTheCanonicalForm() {
    String value = ReferralCode.random(new SplittableRandom(1)).value();
    assertThat(new ReferralCode(value).value()).isEqualTo(value);
    assertThatThrownBy(() -> new ReferralCode(value.toLowerCase()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value must be a canonical referral code (upper case, no separators), but was \""
                + value.toLowerCase()
                + "\"; use ReferralCode.parse for codes people type");
    assertThatThrownBy(() -> new ReferralCode(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> new ReferralCode("ABCDEFGJ"))
        .isInstanceOf(InvalidReferralCodeException.class);
  }

  @Test
  void randomRejectsBodiesOutsideTheAllowedLengths() {
    SplittableRandom random = new SplittableRandom(1);
    assertThatThrownBy(() -> ReferralCode.random(random, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bodyLength must be between 6 and 29, but was 5");
    assertThatThrownBy(() -> ReferralCode.random(random, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bodyLength must be between 6 and 29, but was 30");
    assertThatThrownBy(() -> ReferralCode.random(null, 8))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("random");
  }

  @Test
  void randomUniqueDrawsAgainWhileTheCodeIsTaken() {
    List<ReferralCode> firstDraws =
        List.of(
            ReferralCode.random(new SplittableRandom(9), 8),
            ReferralCode.random(copyAfter(1), 8),
            ReferralCode.random(copyAfter(2), 8));
    Set<ReferralCode> taken = new HashSet<>(firstDraws.subList(0, 2));

    ReferralCode code = ReferralCode.randomUnique(new SplittableRandom(9), 8, taken::contains);

    assertThat(code).isEqualTo(firstDraws.get(2));
  }

  @Test
  void randomUniqueGivesUpWhenEveryDrawIsTaken() {
    assertThatThrownBy(() -> ReferralCode.randomUnique(new SplittableRandom(1), 8, c -> true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a free referral code must be found within 32 draws, but every draw of body length 8"
                + " was taken; use a longer body");
  }

  @Test
  void codesOrderByValue() {
    ReferralCode a = ReferralCode.parse(validCode(new int[] {0, 0, 0, 0, 0, 0, 0, 0}, 7));
    ReferralCode b = ReferralCode.parse(validCode(new int[] {1, 0, 0, 0, 0, 0, 0, 0}, 7));
    assertThat(a).isLessThan(b);
  }

  /** Returns a source in the state of {@code new SplittableRandom(9)} after {@code codes} draws. */
  private static SplittableRandom copyAfter(int codes) {
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < codes; i++) {
      ReferralCode.random(random, 8);
    }
    return random;
  }
}
