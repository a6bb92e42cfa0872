package dev.rapport.loyalty.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Checks the error of reading one kind of a sealed type (a request, a rule, a referral event) as
 * another, for the JSON tests of the loyalty packages.
 */
public final class WrongKindAssertions {
  private WrongKindAssertions() {}

  /**
   * Checks that {@code samples} hold every kind of {@code sealed}, then reads each sample as its
   * own class and as the class of every other kind of sample: an error at the sample's {@code
   * "type"}, {@code type: expected <noun> of type "<other's type>", but was "<sample's type>"},
   * each type being the {@code "type"} that {@code mapper} writes.
   */
  public static void assertEachKindRejectsTheOthers(
      ObjectMapper mapper, Class<?> sealed, List<?> samples, String noun) throws Exception {
    assertThat(samples.stream().map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(sealed.getPermittedSubclasses());
    for (Object sample : samples) {
      String json = mapper.writeValueAsString(sample);
      assertThat(mapper.readValue(json, sample.getClass())).isEqualTo(sample);
      for (Object other : samples) {
        if (other.getClass() != sample.getClass()) {
          String message =
              "type: expected "
                  + noun
                  + " of type \""
                  + writtenType(mapper, other)
                  + "\", but was \""
                  + writtenType(mapper, sample)
                  + "\"";
          assertThatThrownBy(() -> mapper.readValue(json, other.getClass()))
              .isInstanceOfSatisfying(
                  JsonMappingException.class,
                  e -> {
                    assertThat(e.getOriginalMessage()).isEqualTo(message);
                    assertThat(e.getPath()).hasSize(1);
                    assertThat(e.getPath().get(0).getFieldName()).isEqualTo("type");
                  });
        }
      }
    }
  }

  private static String writtenType(ObjectMapper mapper, Object value) throws Exception {
    return mapper.readTree(mapper.writeValueAsString(value)).get("type").asText();
  }
}
