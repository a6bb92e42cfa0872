package dev.rapport.feedback;

import java.util.Arrays;

/**
 * The counters of a cube's cells. Segment indexes and channels are small dense numbers, so each
 * (segment, channel) row keeps its buckets in a dense window of counters, {@code [base, base +
 * length)}, inside one shared {@code long[]}; a row's window grows by doubling (moving to the end
 * of the array; the space it leaves is reclaimed by compaction), and a row whose window would be
 * more than four times (plus {@value #SLACK}) the buckets it uses moves to a {@link CellTable} hash
 * table instead, so memory stays proportional to the number of cells. Adding an answer to a dense
 * row reads one small row record and increments one counter, like a hand-written dense array. Not
 * thread-safe.
 */
final class CellStore {
  private static final int CHANNEL_BITS = 3;
  private static final int SLACK = 64;
  private static final int MIN_GROWTH = 8;
  // Row record: base bucket, window length, offset in counts, sparse flag.
  private static final int META = 4;
  private static final int BASE = 0;
  private static final int LENGTH = 1;
  private static final int OFFSET = 2;
  private static final int SPARSE = 3;

  private final int width;
  private int[] meta = new int[0];
  private long[] counts = new long[0];
  private int used;
  private int garbage;
  private final CellTable sparse;

  CellStore(int width) {
    this.width = width;
    this.sparse = new CellTable(width);
  }

  private CellStore(CellStore other) {
    this.width = other.width;
    this.meta = other.meta.clone();
    this.counts = Arrays.copyOf(other.counts, other.used);
    this.used = other.used;
    this.garbage = other.garbage;
    this.sparse = other.sparse.copy();
  }

  /** A visitor of non-empty cells. */
  interface CellVisitor {
    /** Visits cell {@code key}, whose counters are {@code counts[from .. from + width)}. */
    void visit(long key, long[] counts, int from);
  }

  CellStore copy() {
    return new CellStore(this);
  }

  /** Adds one to counter {@code counter} of the cell (segment, channel, bucket). */
  void increment(int segment, int channel, int bucket, int counter) {
    int m = ((segment << CHANNEL_BITS) | channel) * META;
    int[] rows = meta;
    if (m < rows.length) {
      int i = bucket - rows[m + BASE];
      if (i >= 0 && i < rows[m + LENGTH]) {
        counts[rows[m + OFFSET] + i * width + counter]++;
        return;
      }
    }
    slowIncrement(segment, channel, bucket, counter);
  }

  /**
   * Adds one to counter {@code counters[k]} of cell ({@code segments[from + k]}, {@code
   * channels[from + k]}, {@code buckets[k]}) for k from 0 to {@code to - from}.
   */
  void incrementAll(
      int[] segments, byte[] channels, int[] buckets, int[] counters, int from, int to) {
    int w = width;
    for (int k = from; k < to; k++) {
      int j = k - from;
      int segment = segments[k];
      int channel = channels[k];
      int bucket = buckets[j];
      int[] rows = meta;
      int m = ((segment << CHANNEL_BITS) | channel) * META;
      if (m < rows.length) {
        int i = bucket - rows[m + BASE];
        if (i >= 0 && i < rows[m + LENGTH]) {
          counts[rows[m + OFFSET] + i * w + counters[j]]++;
          continue;
        }
      }
      slowIncrement(segment, channel, bucket, counters[j]);
    }
  }

  private void slowIncrement(int segment, int channel, int bucket, int counter) {
    int m = rowFor(segment, channel, bucket);
    if (meta[m + SPARSE] != 0) {
      sparse.increment(CellTable.key(segment, channel, bucket), counter);
    } else {
      counts[at(m, bucket) + counter]++;
    }
  }

  /** Adds the {@code width} counters at {@code from[offset]} to cell {@code key}, exactly. */
  void add(long key, long[] from, int offset) {
    int segment = CellTable.segmentOf(key);
    int channel = CellTable.channelOf(key);
    int bucket = CellTable.bucketOf(key);
    int m = rowFor(segment, channel, bucket);
    if (meta[m + SPARSE] != 0) {
      sparse.add(key, from, offset);
      return;
    }
    int at = at(m, bucket);
    for (int j = 0; j < width; j++) {
      counts[at + j] = Math.addExact(counts[at + j], from[offset + j]);
    }
  }

  /** Copies cell {@code key}'s counters into {@code into}; returns false if the cell is empty. */
  boolean read(long key, long[] into) {
    int m = ((CellTable.segmentOf(key) << CHANNEL_BITS) | CellTable.channelOf(key)) * META;
    if (m >= meta.length) {
      return false;
    }
    if (meta[m + SPARSE] != 0) {
      int base = sparse.find(key);
      if (base < 0) {
        return false;
      }
      System.arraycopy(sparse.array(), base + 1, into, 0, width);
      return true;
    }
    int i = CellTable.bucketOf(key) - meta[m + BASE];
    if (i < 0 || i >= meta[m + LENGTH]) {
      return false;
    }
    int at = meta[m + OFFSET] + i * width;
    System.arraycopy(counts, at, into, 0, width);
    return !isZero(counts, at);
  }

  /** Visits every non-empty cell, in no particular order. */
  void forEach(CellVisitor visitor) {
    for (int m = 0; m < meta.length; m += META) {
      if (meta[m + SPARSE] != 0) {
        continue;
      }
      int r = m / META;
      for (int i = 0; i < meta[m + LENGTH]; i++) {
        int at = meta[m + OFFSET] + i * width;
        if (!isZero(counts, at)) {
          visitor.visit(
              CellTable.key(r >>> CHANNEL_BITS, r & ((1 << CHANNEL_BITS) - 1), meta[m + BASE] + i),
              counts,
              at);
        }
      }
    }
    long[] array = sparse.array();
    for (int base : sparse.slots()) {
      visitor.visit(sparse.keyAt(base), array, base + 1);
    }
  }

  /** Returns the number of non-empty cells. */
  int size() {
    int[] size = {0};
    forEach((key, c, from) -> size[0]++);
    return size[0];
  }

  private int at(int m, int bucket) {
    return meta[m + OFFSET] + (bucket - meta[m + BASE]) * width;
  }

  private boolean isZero(long[] array, int from) {
    for (int j = 0; j < width; j++) {
      if (array[from + j] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the record offset of row (segment, channel), its window grown or the row made sparse so
   * that it holds the bucket.
   */
  private int rowFor(int segment, int channel, int bucket) {
    int r = (segment << CHANNEL_BITS) | channel;
    int m = r * META;
    if (m >= meta.length) {
      meta = Arrays.copyOf(meta, Math.max(m + META, meta.length * 2));
    }
    if (meta[m + SPARSE] != 0) {
      return m;
    }
    int base = meta[m + BASE];
    int length = meta[m + LENGTH];
    if (length == 0) {
      relocate(m, bucket, 1);
      return m;
    }
    if (bucket >= base && bucket - base < length) {
      return m;
    }
    long low = Math.min(base, (long) bucket);
    long high = Math.max((long) base + length, (long) bucket + 1);
    long needed = high - low;
    int occupied = 0;
    for (int i = 0; i < length; i++) {
      if (!isZero(counts, meta[m + OFFSET] + i * width)) {
        occupied++;
      }
    }
    long cap = 4L * (occupied + 1) + SLACK;
    if (needed > cap) {
      for (int i = 0; i < length; i++) {
        int at = meta[m + OFFSET] + i * width;
        if (!isZero(counts, at)) {
          sparse.add(CellTable.key(segment, channel, base + i), counts, at);
        }
      }
      garbage += length * width;
      meta[m + LENGTH] = 0;
      meta[m + SPARSE] = 1;
      return m;
    }
    long newLength = Math.min(Math.max(needed, Math.max(2L * length, MIN_GROWTH)), cap);
    long newBase = bucket < base ? high - newLength : low;
    relocate(m, (int) newBase, (int) newLength);
    return m;
  }

  /** Moves row {@code m}'s window to a fresh place at the end of {@code counts}. */
  private void relocate(int m, int newBase, int newLength) {
    int size = Math.multiplyExact(newLength, width);
    if (garbage > used / 2 && garbage > 1024) {
      compact();
    }
    ensureCapacity(Math.addExact(used, size));
    int oldLength = meta[m + LENGTH];
    if (oldLength > 0) {
      int shift = (meta[m + BASE] - newBase) * width;
      System.arraycopy(counts, meta[m + OFFSET], counts, used + shift, oldLength * width);
      garbage += oldLength * width;
    }
    meta[m + BASE] = newBase;
    meta[m + LENGTH] = newLength;
    meta[m + OFFSET] = used;
    used += size;
  }

  private void ensureCapacity(int needed) {
    if (needed > counts.length) {
      counts = Arrays.copyOf(counts, Math.max(needed, counts.length * 2));
    }
  }

  /** Packs every dense row's window together again, dropping the space moved rows left. */
  private void compact() {
    long[] packed = new long[Math.max(16, (used - garbage) * 2)];
    int next = 0;
    for (int m = 0; m < meta.length; m += META) {
      int size = meta[m + LENGTH] * width;
      if (size > 0) {
        System.arraycopy(counts, meta[m + OFFSET], packed, next, size);
        meta[m + OFFSET] = next;
        next += size;
      }
    }
    counts = packed;
    used = next;
    garbage = 0;
  }
}
