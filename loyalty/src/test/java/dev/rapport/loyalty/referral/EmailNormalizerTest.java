package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailNormalizerTest {

  static Stream<Arguments> standard() {
    return Stream.of(
        Arguments.of("jane.doe@gmail.com", "janedoe@gmail.com"),
        Arguments.of("janedoe+x@gmail.com", "janedoe@gmail.com"),
        Arguments.of("  Jane.Doe+Promo+2@GoogleMail.com ", "janedoe@gmail.com"),
        Arguments.of("j.a.n.e.d.o.e@gmail.com.", "janedoe@gmail.com"),
        Arguments.of("jane.doe+x@outlook.com", "jane.doe@outlook.com"),
        Arguments.of("Jane.Doe+x@Hotmail.com", "jane.doe@hotmail.com"),
        Arguments.of("jane+shop@icloud.com", "jane@icloud.com"),
        Arguments.of("jane+shop@fastmail.com", "jane@fastmail.com"),
        Arguments.of("jane+shop@proton.me", "jane@proton.me"),
        Arguments.of("jane.doe+x@example.com", "jane.doe+x@example.com"),
        Arguments.of("Jane.Doe@Example.COM", "jane.doe@example.com"),
        Arguments.of("jane-shop@yahoo.com", "jane-shop@yahoo.com"),
        Arguments.of("\"a@b\"@example.com", "\"a@b\"@example.com"),
        Arguments.of("ÉLODIE@exemple.fr", "élodie@exemple.fr"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("standard")
  void standardNormalisesByProvider(String address, String expected) {
    assertThat(EmailNormalizer.standard().normalize(address)).isEqualTo(expected);
  }

  @Test
  void lowerCaseOnlyKeepsDotsAndTags() {
    assertThat(EmailNormalizer.lowerCaseOnly().normalize(" Jane.Doe+x@GMail.com"))
        .isEqualTo("jane.doe+x@gmail.com");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("janedoe", "address must be local-part@domain, but was \"janedoe\""),
        Arguments.of("@gmail.com", "address must be local-part@domain, but was \"@gmail.com\""),
        Arguments.of("jane@", "address must be local-part@domain, but was \"jane@\""),
        Arguments.of("jane@.", "address must be local-part@domain, but was \"jane@.\""),
        Arguments.of(
            "jane doe@x.com",
            "address must not contain white space or control characters, but was \"jane"
                + " doe@x.com\""),
        Arguments.of(
            "+tag@gmail.com",
            "address must have a mailbox name before its tag, but was \"+tag@gmail.com\""),
        Arguments.of(
            "...@gmail.com",
            "address must have a mailbox name before its tag, but was \"...@gmail.com\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsWhatIsNotAnAddress(String address, String message) {
    assertThatThrownBy(() -> EmailNormalizer.standard().normalize(address))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void aBuilderFromTheStandardAddsProviders() {
    EmailNormalizer normalizer =
        EmailNormalizer.builder(EmailNormalizer.standard())
            .plusTags("Yandex.ru")
            .ignoresDots("yandex.ru")
            .alias("ya.ru", "yandex.ru")
            .build();

    assertThat(normalizer.normalize("ivan.petrov+shop@ya.ru")).isEqualTo("ivanpetrov@yandex.ru");
    assertThat(normalizer.normalize("jane.doe@googlemail.com")).isEqualTo("janedoe@gmail.com");
    assertThat(normalizer.dotsIgnoredDomains()).containsExactlyInAnyOrder("gmail.com", "yandex.ru");
    assertThat(normalizer.plusTagDomains()).contains("yandex.ru", "outlook.com");
    assertThat(normalizer.aliases())
        .containsEntry("ya.ru", "yandex.ru")
        .containsEntry("googlemail.com", "gmail.com");
    assertThat(normalizer).isNotEqualTo(EmailNormalizer.standard());
    assertThat(EmailNormalizer.builder(EmailNormalizer.standard()).build())
        .isEqualTo(EmailNormalizer.standard())
        .hasSameHashCodeAs(EmailNormalizer.standard());
    assertThat(normalizer.toString()).contains("ya.ru=yandex.ru");
  }

  @Test
  void builderRejectsBadDomainsAndAliasChains() {
    EmailNormalizer.Builder builder = EmailNormalizer.builder();
    assertThatThrownBy(() -> builder.plusTags("@gmail.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("domain must be a domain such as example.com, but was \"@gmail.com\"");
    assertThatThrownBy(() -> builder.ignoresDots(" gmail.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("domain must be a domain such as example.com, but was \" gmail.com\"");
    assertThatThrownBy(() -> builder.alias("gmail.com", "GMAIL.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alias must differ from its domain, but both were \"gmail.com\"");
    assertThatThrownBy(() -> builder.alias(null, "gmail.com"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("alias");
    assertThatThrownBy(
            () -> EmailNormalizer.builder().alias("a.com", "b.com").alias("b.com", "c.com").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching(
            "alias (a|b)\\.com must point to a domain that is not itself an alias, but was .*");
    assertThatThrownBy(() -> EmailNormalizer.standard().normalize(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("address");
  }
}
