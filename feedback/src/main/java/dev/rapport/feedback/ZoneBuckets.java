package dev.rapport.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * The calendar bucket of an epoch second in a zone, in a few array reads: a table of the bucket of
 * every UTC hour from 1900 to 2200, built lazily in chunks of 8,192 hours, and marked "split" for
 * the rare hours in which the local date or the offset changes (zones with half-hour offsets have
 * one such hour a day); those, and instants outside the table, go through {@link ZoneRules}. Not
 * thread-safe: each cube accumulator has its own.
 */
final class ZoneBuckets {
  private static final int SHIFT = 13;
  private static final int CHUNK = 1 << SHIFT;
  private static final int SPLIT = Integer.MIN_VALUE;
  private static final long FIRST_HOUR =
      Instant.parse("1900-01-01T00:00:00Z").getEpochSecond() / 3600;
  private static final long LAST_HOUR =
      Instant.parse("2200-01-01T00:00:00Z").getEpochSecond() / 3600;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final Granularity granularity;
  private final long chunkBase;
  private final int[][] chunks;

  ZoneBuckets(ZoneId zone, Granularity granularity) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.granularity = granularity;
    this.chunkBase = FIRST_HOUR >> SHIFT;
    this.chunks = new int[(int) ((LAST_HOUR >> SHIFT) - chunkBase + 1)][];
  }

  ZoneId zone() {
    return zone;
  }

  Granularity granularity() {
    return granularity;
  }

  /** Returns the bucket index (see {@link Granularity#indexOf}) of {@code epochSecond}. */
  int bucketOf(long epochSecond) {
    long hour = epochSecond >= 0 ? epochSecond / 3600 : Math.floorDiv(epochSecond, 3600);
    long c = (hour >> SHIFT) - chunkBase;
    if (c >= 0 && c < chunks.length) {
      int[] chunk = chunks[(int) c];
      if (chunk == null) {
        chunk = fill((int) c);
      }
      int bucket = chunk[(int) (hour & (CHUNK - 1))];
      if (bucket != SPLIT) {
        return bucket;
      }
    }
    return exact(epochSecond);
  }

  /** The bucket computed from the zone rules, for split hours and instants outside the table. */
  int exact(long epochSecond) {
    int offset = rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    return granularity.indexOf(LocalDate.ofEpochDay(Math.floorDiv(epochSecond + offset, 86400)));
  }

  private int[] fill(int c) {
    int[] chunk = new int[CHUNK];
    long firstHour = (c + chunkBase) << SHIFT;
    for (int i = 0; i < CHUNK; i++) {
      long start = (firstHour + i) * 3600;
      long last = start + 3599;
      int startOffset = rules.getOffset(Instant.ofEpochSecond(start)).getTotalSeconds();
      int lastOffset = rules.getOffset(Instant.ofEpochSecond(last)).getTotalSeconds();
      long startDay = Math.floorDiv(start + startOffset, 86400);
      long lastDay = Math.floorDiv(last + lastOffset, 86400);
      chunk[i] =
          startOffset == lastOffset && startDay == lastDay
              ? granularity.indexOf(LocalDate.ofEpochDay(startDay))
              : SPLIT;
    }
    chunks[c] = chunk;
    return chunk;
  }
}
