package dev.rapport.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link KeyIndex} against a HashMap, old versions included. */
class KeyIndexTest {

  @Test
  void findsEveryKeyAndOnlyThoseInEveryVersion() {
    qt().withExamples(60)
        .forAll(integers().between(0, 3000), longs().all())
        .checkAssert(
            (size, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              List<KeyIndex> versions = new ArrayList<>();
              List<IdempotencyKey> keys = new ArrayList<>();
              Map<IdempotencyKey, Integer> expected = new HashMap<>();
              KeyIndex index = KeyIndex.empty();
              for (int i = 0; i < size; i++) {
                IdempotencyKey key = IdempotencyKey.of("k" + random.nextInt(1_000_000) + "-" + i);
                versions.add(index);
                keys.add(key);
                index = index.with(key, i);
                expected.put(key, i);
              }
              for (Map.Entry<IdempotencyKey, Integer> entry : expected.entrySet()) {
                assertThat(index.get(entry.getKey())).isEqualTo(entry.getValue());
              }
              assertThat(index.get(IdempotencyKey.of("absent"))).isEqualTo(-1);
              for (int v = 0; v < versions.size(); v += 1 + versions.size() / 20) {
                KeyIndex old = versions.get(v);
                assertThat(old.get(keys.get(v))).isEqualTo(-1);
                if (v > 0) {
                  assertThat(old.get(keys.get(v - 1))).isEqualTo(v - 1);
                }
              }
            });
  }

  @Test
  void keysWithEqualHashCodesAreKeptApart() {
    // "Aa" and "BB" have the same String hash code, so all 2^4 combinations of four share one.
    List<IdempotencyKey> colliding = new ArrayList<>();
    for (int bits = 0; bits < 16; bits++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        text.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(IdempotencyKey.of(text.toString()));
    }
    assertThat(colliding.stream().mapToInt(Object::hashCode).distinct().count()).isEqualTo(1);
    KeyIndex index = KeyIndex.empty();
    for (int i = 0; i < colliding.size(); i++) {
      index = index.with(colliding.get(i), i);
      index = index.with(IdempotencyKey.of("other-" + i), 100 + i);
    }

    for (int i = 0; i < colliding.size(); i++) {
      assertThat(index.get(colliding.get(i))).isEqualTo(i);
      assertThat(index.get(IdempotencyKey.of("other-" + i))).isEqualTo(100 + i);
    }
    assertThat(index.get(IdempotencyKey.of("AaAaAaAaAa"))).isEqualTo(-1);
  }
}
