package dev.rapport.loyalty;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable indexed sequence with cheap copies: {@link #append} and {@link #set} return a new
 * vector that shares all but O(log32 n) nodes with this one (a 32-way trie with a separate tail, as
 * in Clojure's vector). Used by {@link PointsLedger} so that every write returns a new ledger
 * without copying its history. Immutable and thread-safe.
 */
final class PersistentVector<T> {
  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  private static final PersistentVector<Object> EMPTY =
      new PersistentVector<>(0, BITS, new Object[WIDTH], new Object[0]);

  private final int size;
  private final int shift;
  // Inner nodes and leaves are Object[WIDTH]; the tail holds the last 1 to 32 elements.
  private final Object[] root;
  private final Object[] tail;

  private PersistentVector(int size, int shift, Object[] root, Object[] tail) {
    this.size = size;
    this.shift = shift;
    this.root = root;
    this.tail = tail;
  }

  @SuppressWarnings("unchecked")
  static <T> PersistentVector<T> empty() {
    return (PersistentVector<T>) EMPTY;
  }

  int size() {
    return size;
  }

  private int tailOffset() {
    return size < WIDTH ? 0 : ((size - 1) >>> BITS) << BITS;
  }

  @SuppressWarnings("unchecked")
  T get(int index) {
    Objects.checkIndex(index, size);
    return (T) leafFor(index)[index & MASK];
  }

  private Object[] leafFor(int index) {
    if (index >= tailOffset()) {
      return tail;
    }
    Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      node = (Object[]) node[(index >>> level) & MASK];
    }
    return node;
  }

  PersistentVector<T> append(T value) {
    if (size - tailOffset() < WIDTH) {
      Object[] newTail = Arrays.copyOf(tail, tail.length + 1);
      newTail[tail.length] = value;
      return new PersistentVector<>(size + 1, shift, root, newTail);
    }
    Object[] newRoot;
    int newShift = shift;
    if ((size >>> BITS) > (1 << shift)) {
      newRoot = new Object[WIDTH];
      newRoot[0] = root;
      newRoot[1] = newPath(shift, tail);
      newShift += BITS;
    } else {
      newRoot = pushTail(shift, root, tail);
    }
    return new PersistentVector<>(size + 1, newShift, newRoot, new Object[] {value});
  }

  private Object[] pushTail(int level, Object[] parent, Object[] leaf) {
    int index = ((size - 1) >>> level) & MASK;
    Object[] copy = parent.clone();
    if (level == BITS) {
      copy[index] = leaf;
    } else {
      Object[] child = (Object[]) parent[index];
      copy[index] =
          child != null ? pushTail(level - BITS, child, leaf) : newPath(level - BITS, leaf);
    }
    return copy;
  }

  private static Object[] newPath(int level, Object[] leaf) {
    if (level == 0) {
      return leaf;
    }
    Object[] node = new Object[WIDTH];
    node[0] = newPath(level - BITS, leaf);
    return node;
  }

  PersistentVector<T> set(int index, T value) {
    Objects.checkIndex(index, size);
    if (index >= tailOffset()) {
      Object[] newTail = tail.clone();
      newTail[index & MASK] = value;
      return new PersistentVector<>(size, shift, root, newTail);
    }
    return new PersistentVector<>(size, shift, setIn(shift, root, index, value), tail);
  }

  private static Object[] setIn(int level, Object[] node, int index, Object value) {
    Object[] copy = node.clone();
    if (level == 0) {
      copy[index & MASK] = value;
    } else {
      int child = (index >>> level) & MASK;
      copy[child] = setIn(level - BITS, (Object[]) node[child], index, value);
    }
    return copy;
  }
}
