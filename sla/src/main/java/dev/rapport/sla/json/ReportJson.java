package dev.rapport.sla.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.SlaDeadline;
import dev.rapport.sla.SlaReport;
import dev.rapport.sla.SlaWarning;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/** The JSON form of SLA reports (written, not read). Thread-safe (stateless). */
final class ReportJson {
  private ReportJson() {}

  static void writeReport(SlaReport report, JsonGenerator out) throws IOException {
    out.writeStartObject(report);
    out.writeStringField("ticketId", report.ticketId().value());
    out.writeStringField("evaluatedAt", report.evaluatedAt().toString());
    writeOptional(out, "policy", report.policy());
    out.writeArrayFieldStart("measurements");
    for (Measurement measurement : report.measurements()) {
      writeMeasurement(measurement, out);
    }
    out.writeEndArray();
    Optional<SlaDeadline> next = report.nextDeadline();
    if (next.isPresent()) {
      out.writeFieldName("nextDeadline");
      writeDeadline(next.get(), out);
    }
    out.writeEndObject();
  }

  static void writeMeasurement(Measurement m, JsonGenerator out) throws IOException {
    out.writeStartObject(m);
    out.writeStringField("metric", m.metric().name());
    out.writeNumberField("cycle", m.cycle());
    out.writeStringField("policy", m.policy());
    out.writeStringField("state", m.state().name());
    out.writeStringField("target", m.target().duration().toString());
    out.writeStringField("startedAt", m.startedAt().toString());
    writeInstant(out, "stoppedAt", m.stoppedAt());
    out.writeStringField("elapsed", m.elapsed().toString());
    out.writeStringField("paused", m.paused().toString());
    out.writeStringField("remaining", m.remaining().toString());
    writeInstant(out, "dueAt", m.dueAt());
    writeInstant(out, "achievedAt", m.achievedAt());
    writeInstant(out, "breachedAt", m.breachedAt());
    out.writeArrayFieldStart("warnings");
    for (SlaWarning warning : m.warnings()) {
      writeWarning(warning, out);
    }
    out.writeEndArray();
    if (m.nextWarning().isPresent()) {
      out.writeFieldName("nextWarning");
      writeWarning(m.nextWarning().get(), out);
    }
    out.writeEndObject();
  }

  static void writeDeadline(SlaDeadline deadline, JsonGenerator out) throws IOException {
    out.writeStartObject(deadline);
    out.writeStringField("at", deadline.at().toString());
    out.writeStringField("metric", deadline.metric().name());
    out.writeNumberField("cycle", deadline.cycle());
    out.writeNumberField("share", deadline.share());
    out.writeBooleanField("breach", deadline.isBreach());
    out.writeEndObject();
  }

  static void writeWarning(SlaWarning warning, JsonGenerator out) throws IOException {
    out.writeStartObject(warning);
    out.writeNumberField("share", warning.share());
    out.writeStringField("at", warning.at().toString());
    out.writeEndObject();
  }

  private static void writeInstant(JsonGenerator out, String name, Optional<Instant> value)
      throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get().toString());
    }
  }

  private static void writeOptional(JsonGenerator out, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    }
  }
}
