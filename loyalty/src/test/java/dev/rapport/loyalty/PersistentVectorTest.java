package dev.rapport.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link PersistentVector} against an ArrayList, old versions included. */
class PersistentVectorTest {

  @Test
  void appendsAndSetsLikeAListWithoutChangingOldVersions() {
    qt().withExamples(40)
        .forAll(integers().between(0, 40_000), longs().all())
        .checkAssert(
            (size, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              PersistentVector<Integer> vector = PersistentVector.empty();
              List<Integer> list = new ArrayList<>();
              PersistentVector<Integer> snapshot = vector;
              List<Integer> snapshotList = List.of();
              for (int i = 0; i < size; i++) {
                vector = vector.append(i);
                list.add(i);
                if (random.nextInt(4) == 0) {
                  int at = random.nextInt(list.size());
                  vector = vector.set(at, -i);
                  list.set(at, -i);
                }
                if (random.nextInt(1000) == 0) {
                  snapshot = vector;
                  snapshotList = List.copyOf(list);
                }
              }
              assertThat(vector.size()).isEqualTo(list.size());
              for (int i = 0; i < list.size(); i++) {
                assertThat(vector.get(i)).isEqualTo(list.get(i));
              }
              assertThat(snapshot.size()).isEqualTo(snapshotList.size());
              for (int i = 0; i < snapshotList.size(); i++) {
                assertThat(snapshot.get(i)).isEqualTo(snapshotList.get(i));
              }
            });
  }

  @Test
  void rejectsIndexesOutsideTheVector() {
    PersistentVector<String> vector = PersistentVector.<String>empty().append("a");

    assertThatThrownBy(() -> vector.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> vector.set(-1, "b")).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
