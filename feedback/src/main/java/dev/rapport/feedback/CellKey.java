package dev.rapport.feedback;

import dev.rapport.core.Channel;
import java.util.Objects;

/**
 * The coordinates of a {@link FeedbackCube} cell: the caller's segment, the channel and the
 * calendar bucket. Immutable and thread-safe if the segment is.
 *
 * @param <K> the caller's segment type
 * @param segment the segment, as the cube's segment function returned it
 * @param channel the channel
 * @param bucket the calendar bucket in the cube's zone
 */
public record CellKey<K>(K segment, Channel channel, Bucket bucket) {
  /** Validates that no component is null. */
  public CellKey {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(bucket, "bucket");
  }
}
