package dev.rapport.feedback;

import java.util.Arrays;

/**
 * The counters of a cube's cells. Segment indexes and channels are small dense numbers, so each
 * (segment, channel) row keeps its buckets in a dense window of counters, {@code [base, base +
 * length)}, grown by doubling; a row whose window would be more than four times (plus 64) the
 * buckets it uses moves to a {@link CellTable} hash table instead, so memory stays proportional to
 * the number of cells. Adding an answer to a dense row is two array reads and an increment. Not
 * thread-safe.
 */
final class CellStore {
  private static final int CHANNEL_BITS = 3;
  private static final int SLACK = 64;
  private static final Row[] NO_ROWS = new Row[0];

  private final int width;
  private Row[] rows = NO_ROWS;
  private final CellTable sparse;

  CellStore(int width) {
    this.width = width;
    this.sparse = new CellTable(width);
  }

  private CellStore(CellStore other) {
    this.width = other.width;
    this.rows = new Row[other.rows.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = other.rows[i] == null ? null : other.rows[i].copy();
    }
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
    int r = (segment << CHANNEL_BITS) | channel;
    if (r < rows.length) {
      Row row = rows[r];
      if (row != null) {
        int i = bucket - row.base;
        if (i >= 0 && i < row.length) {
          row.counts[i * width + counter]++;
          return;
        }
      }
    }
    slowIncrement(segment, channel, bucket, counter);
  }

  private void slowIncrement(int segment, int channel, int bucket, int counter) {
    Row row = rowFor(segment, channel, bucket);
    if (row.sparse) {
      sparse.increment(CellTable.key(segment, channel, bucket), counter);
    } else {
      row.counts[(bucket - row.base) * width + counter]++;
    }
  }

  /** Adds the {@code width} counters at {@code counts[from]} to cell {@code key}, exactly. */
  void add(long key, long[] counts, int from) {
    int segment = CellTable.segmentOf(key);
    int channel = CellTable.channelOf(key);
    int bucket = CellTable.bucketOf(key);
    Row row = rowFor(segment, channel, bucket);
    if (row.sparse) {
      sparse.add(key, counts, from);
      return;
    }
    int at = (bucket - row.base) * width;
    for (int j = 0; j < width; j++) {
      row.counts[at + j] = Math.addExact(row.counts[at + j], counts[from + j]);
    }
  }

  /** Copies cell {@code key}'s counters into {@code into}; returns false if the cell is empty. */
  boolean read(long key, long[] into) {
    int r = (CellTable.segmentOf(key) << CHANNEL_BITS) | CellTable.channelOf(key);
    Row row = r < rows.length ? rows[r] : null;
    if (row == null) {
      return false;
    }
    if (row.sparse) {
      int base = sparse.find(key);
      if (base < 0) {
        return false;
      }
      System.arraycopy(sparse.array(), base + 1, into, 0, width);
      return true;
    }
    int i = CellTable.bucketOf(key) - row.base;
    if (i < 0 || i >= row.length) {
      return false;
    }
    System.arraycopy(row.counts, i * width, into, 0, width);
    return !isZero(row.counts, i * width);
  }

  /** Visits every non-empty cell, in no particular order. */
  void forEach(CellVisitor visitor) {
    for (int r = 0; r < rows.length; r++) {
      Row row = rows[r];
      if (row == null || row.sparse) {
        continue;
      }
      for (int i = 0; i < row.length; i++) {
        if (!isZero(row.counts, i * width)) {
          visitor.visit(
              CellTable.key(r >>> CHANNEL_BITS, r & ((1 << CHANNEL_BITS) - 1), row.base + i),
              row.counts,
              i * width);
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
    forEach((key, counts, from) -> size[0]++);
    return size[0];
  }

  private boolean isZero(long[] counts, int from) {
    for (int j = 0; j < width; j++) {
      if (counts[from + j] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns the row of (segment, channel), grown or made sparse so that it holds the bucket. */
  private Row rowFor(int segment, int channel, int bucket) {
    int r = (segment << CHANNEL_BITS) | channel;
    if (r >= rows.length) {
      rows = Arrays.copyOf(rows, Math.max(r + 1, rows.length * 2));
    }
    Row row = rows[r];
    if (row == null) {
      row = new Row(bucket, 1, width);
      rows[r] = row;
      return row;
    }
    if (row.sparse || (bucket >= row.base && bucket - row.base < row.length)) {
      return row;
    }
    long low = Math.min(row.base, (long) bucket);
    long high = Math.max((long) row.base + row.length, (long) bucket + 1);
    long needed = high - low;
    int used = 0;
    for (int i = 0; i < row.length; i++) {
      if (!isZero(row.counts, i * width)) {
        used++;
      }
    }
    if (needed > 4L * (used + 1) + SLACK) {
      for (int i = 0; i < row.length; i++) {
        if (!isZero(row.counts, i * width)) {
          sparse.add(CellTable.key(segment, channel, row.base + i), row.counts, i * width);
        }
      }
      row.makeSparse();
      return row;
    }
    // Grow by doubling, toward the side the new bucket is on.
    long length = Math.min(Math.max(needed, 2L * row.length), 4L * (used + 1) + SLACK);
    long newBase = bucket < row.base ? high - length : low;
    row.resize((int) newBase, (int) length, width);
    return row;
  }

  /** A (segment, channel) row: a dense window of buckets, or a marker that it lives in the hash. */
  private static final class Row {
    int base;
    int length;
    long[] counts;
    boolean sparse;

    Row(int base, int length, int width) {
      this.base = base;
      this.length = length;
      this.counts = new long[length * width];
    }

    Row(Row other) {
      this.base = other.base;
      this.length = other.length;
      this.counts = other.counts.clone();
      this.sparse = other.sparse;
    }

    Row copy() {
      return new Row(this);
    }

    void resize(int newBase, int newLength, int width) {
      long[] next = new long[Math.multiplyExact(newLength, width)];
      System.arraycopy(counts, 0, next, (base - newBase) * width, length * width);
      counts = next;
      base = newBase;
      length = newLength;
    }

    void makeSparse() {
      sparse = true;
      counts = new long[0];
      length = 0;
    }
  }
}
