package dev.rapport.feedback;

/**
 * An open-addressing hash table (linear probing) from a cell key to the cell's counters, stored
 * inline: slot {@code i} is {@code table[i * stride]} = key + 1 (0 when free), then {@code width}
 * counters. Memory is proportional to the number of cells. Not thread-safe.
 *
 * <p>A cell key packs a segment index (below 2^27), a channel ordinal (3 bits) and a bucket index
 * (32 bits): {@code segment << 35 | channel << 32 | bucket & 0xFFFFFFFF}.
 */
final class CellTable {
  static final int MAX_SEGMENTS = 1 << 27;
  private static final int MIN_CAPACITY = 64;

  private final int width;
  private final int stride;
  private long[] table;
  private int mask;
  private int size;

  CellTable(int width) {
    this.width = width;
    this.stride = width + 1;
    this.table = new long[MIN_CAPACITY * stride];
    this.mask = MIN_CAPACITY - 1;
  }

  private CellTable(CellTable other) {
    this.width = other.width;
    this.stride = other.stride;
    this.table = other.table.clone();
    this.mask = other.mask;
    this.size = other.size;
  }

  static long key(int segment, int channel, int bucket) {
    return ((long) segment << 35) | ((long) channel << 32) | (bucket & 0xFFFFFFFFL);
  }

  static int segmentOf(long key) {
    return (int) (key >>> 35);
  }

  static int channelOf(long key) {
    return (int) (key >>> 32) & 7;
  }

  static int bucketOf(long key) {
    return (int) key;
  }

  CellTable copy() {
    return new CellTable(this);
  }

  int width() {
    return width;
  }

  int size() {
    return size;
  }

  /** Adds one to counter {@code counter} of cell {@code key}. */
  void increment(long key, int counter) {
    long stored = key + 1;
    long[] t = table;
    int m = mask;
    int i = (int) mix(key) & m;
    while (true) {
      int base = i * stride;
      long k = t[base];
      if (k == stored) {
        t[base + 1 + counter]++;
        return;
      }
      if (k == 0) {
        t[base] = stored;
        t[base + 1 + counter] = 1;
        if (++size * 4L > (m + 1L) * 3) {
          grow();
        }
        return;
      }
      i = (i + 1) & m;
    }
  }

  /** Adds {@code width} counters from {@code counts[from]} to cell {@code key}, exactly. */
  void add(long key, long[] counts, int from) {
    int base = slotOf(key);
    for (int j = 0; j < width; j++) {
      table[base + 1 + j] = Math.addExact(table[base + 1 + j], counts[from + j]);
    }
  }

  /** Returns the offset of cell {@code key}'s slot, or -1 if it has none. */
  int find(long key) {
    long stored = key + 1;
    int i = (int) mix(key) & mask;
    while (true) {
      int base = i * stride;
      long k = table[base];
      if (k == stored) {
        return base;
      }
      if (k == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Returns the raw array: slot offsets from {@link #slots()} index it; counters follow keys. */
  long[] array() {
    return table;
  }

  /** Returns the offsets of the occupied slots. */
  int[] slots() {
    int[] slots = new int[size];
    int n = 0;
    for (int base = 0; base < table.length; base += stride) {
      if (table[base] != 0) {
        slots[n++] = base;
      }
    }
    return slots;
  }

  /** Returns the key at slot offset {@code base}. */
  long keyAt(int base) {
    return table[base] - 1;
  }

  private int slotOf(long key) {
    long stored = key + 1;
    while (true) {
      int i = (int) mix(key) & mask;
      while (true) {
        int base = i * stride;
        long k = table[base];
        if (k == stored) {
          return base;
        }
        if (k == 0) {
          if ((size + 1) * 4L > (mask + 1L) * 3) {
            grow();
            break;
          }
          table[base] = stored;
          size++;
          return base;
        }
        i = (i + 1) & mask;
      }
    }
  }

  private void grow() {
    long[] old = table;
    int capacity = (mask + 1) * 2;
    table = new long[Math.multiplyExact(capacity, stride)];
    mask = capacity - 1;
    for (int base = 0; base < old.length; base += stride) {
      long stored = old[base];
      if (stored != 0) {
        int i = (int) mix(stored - 1) & mask;
        while (table[i * stride] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, base, table, i * stride, stride);
      }
    }
  }

  /** MurmurHash3's 64-bit finalizer. */
  private static long mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  @Override
  public String toString() {
    return "CellTable[size=" + size + ", capacity=" + (mask + 1) + ", width=" + width + "]";
  }
}
