package dev.rapport.feedback.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import dev.rapport.core.json.RapportCoreModule;
import dev.rapport.core.json.internal.JsonAdapters;
import java.util.List;

/**
 * Jackson support for Rapport feedback: register it with {@code mapper.registerModule(new
 * RapportFeedbackModule())}, or on the class path let {@code mapper.findAndRegisterModules()} find
 * it (it is listed in {@code META-INF/services}; on the module path register it by hand, as the
 * module descriptor has no {@code provides} clause: Jackson is optional).
 *
 * <p>The JSON form, which does not depend on the mapper's settings (properties in this order when
 * written; absent optional properties omitted when written, and may be {@code null} when read):
 *
 * <ul>
 *   <li>{@code SurveyScale}: {@code {"kind": "CSAT", "min": 1, "max": 5, "threshold": 4}}.
 *   <li>{@code SurveyResponse}: {@code id}, {@code scale}, {@code status} (ANSWERED, SKIPPED,
 *       DISMISSED), {@code value} (a JSON number; a fraction such as 4.5 or a value off the scale
 *       is an error, never rounded), {@code customer}, optional {@code ticket} and {@code agent},
 *       {@code agentsInvolved} (sorted), {@code channel}, {@code at} (ISO-8601 instant), optional
 *       {@code comment}, {@code attributes} (an object of strings, sorted).
 *   <li>Summaries, with a logical {@code "type"}: {@code {"type": "nps", "promoters": 50,
 *       "passives": 30, "detractors": 20}}; {@code {"type": "csat", "scale": {...}, "counts": [5,
 *       5, 10, 30, 50]}} (lowest value first), likewise {@code "ces"}; {@code {"type": "rating",
 *       "counts": [...]}} (1 to 5 stars). {@code ScoreSummary} reads any of them.
 *   <li>{@code FollowUpPolicy}: {@code calendar}, {@code detractorsWithin}, optional {@code
 *       passivesWithin} and {@code promotersWithin} (ISO-8601 durations such as {@code "PT4H"}).
 *       The calendar is in core's format (read and written by {@code RapportCoreModule}, which this
 *       module registers as its dependency): {@code {"zone": "America/New_York", "weekly":
 *       {"MONDAY": ["09:00-17:00"], ...}, "closed": ["2027-01-18"], "overrides": {"2027-12-24":
 *       ["09:00-13:00"]}}}.
 *   <li>{@code SurveyThrottle}: {@code {"minimumGap": "PT336H", "countFrom": "LAST_SENT",
 *       "sampleRate": 0.5, "salt": "q4"}} (salt omitted when unset).
 * </ul>
 *
 * <p>Reading is strict whatever the mapper allows: unknown, repeated and missing properties, values
 * of the wrong JSON type and values the domain rejects are {@link
 * com.fasterxml.jackson.databind.JsonMappingException}s whose message starts with the JSON path
 * (such as {@code scale.threshold} or {@code agentsInvolved[2]}) and whose {@code getPath()} holds
 * it. Writing then reading gives an equal value.
 *
 * <p>Immutable and thread-safe.
 */
// Jackson is optional ("requires static"); a caller of this class has Jackson and reads it itself.
@SuppressWarnings("exports")
public final class RapportFeedbackModule extends Module {

  /** Creates the module. */
  public RapportFeedbackModule() {}

  @Override
  public String getModuleName() {
    return "rapport-feedback";
  }

  /** Returns {@link Version#unknownVersion()}: the format is versioned with the library. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Returns the modules this one needs: core's, which reads and writes the calendar. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new RapportCoreModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    JsonAdapters.Table table = JsonAdapters.table();
    for (Codec<?> codec : Codecs.ALL) {
      codec.addTo(table);
    }
    table.registerIn(context);
  }

  @Override
  public String toString() {
    return "RapportFeedbackModule";
  }
}
