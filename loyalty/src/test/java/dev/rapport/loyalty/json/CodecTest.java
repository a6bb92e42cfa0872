package dev.rapport.loyalty.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.json.internal.JsonAdapters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodecTest {
  sealed interface Shape permits Circle, Square {}

  record Circle(int radius) implements Shape {}

  record Square(int side) implements Shape {}

  private static final Codec<Shape> SHAPE =
      Codec.of(
          Shape.class,
          (shape, out) -> out.writeNumber(0),
          in -> new Circle(in.get("radius").intValue()));

  @Test
  void aSubtypeWithoutAJsonNameIsRejectedWhenTheModuleIsSetUp() {
    Map<Class<? extends Shape>, String> names = Map.of(Circle.class, "circle");

    assertThatThrownBy(() -> SHAPE.addSubtypesTo(JsonAdapters.table(), "a shape", names))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "every subtype of "
                + Shape.class.getName()
                + " must have a JSON type name, but "
                + Square.class.getName()
                + " has none");
  }

  @Test
  void onlyACodecOfASealedTypeHasSubtypes() {
    assertThatThrownBy(() -> LoyaltyCodecs.MONEY.addSubtypesTo(JsonAdapters.table(), "", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the type of a codec with subtypes must be sealed, but was dev.rapport.loyalty.Money");
  }
}
