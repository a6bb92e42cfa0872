package dev.rapport.examples.desk;

import dev.rapport.core.CustomerId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.feedback.CsatSummary;
import dev.rapport.feedback.CubeSpec;
import dev.rapport.feedback.FeedbackCube;
import dev.rapport.feedback.Granularity;
import dev.rapport.feedback.NpsSummary;
import dev.rapport.feedback.ResponseId;
import dev.rapport.feedback.SurveyResponse;
import dev.rapport.feedback.SurveyScale;
import dev.rapport.feedback.loop.ContactHistory;
import dev.rapport.feedback.loop.FollowUpPolicy;
import dev.rapport.feedback.loop.FollowUpTask;
import dev.rapport.feedback.loop.SurveyThrottle;
import dev.rapport.feedback.loop.ThrottleDecision;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Surveys after resolution, throttled by a {@link SurveyThrottle} (a deterministic sample of
 * customers, and no survey within {@link #MINIMUM_GAP} of the last one sent or answered), answered
 * by some customers with an NPS and a CSAT score that depend on what happened on the ticket (a
 * breached SLA, a reopen, a long resolution lower them). A {@link FollowUpPolicy} on the team's
 * calendar gives each detractor a follow-up due within 8 business hours; members among them get
 * goodwill points when it is done. Not thread-safe.
 */
final class SurveyDesk {
  static final Duration MINIMUM_GAP = Duration.ofDays(14);
  static final Duration FOLLOW_UP_WITHIN = Duration.ofHours(8);
  static final long GOODWILL_POINTS = 300;

  private final DeskSetup setup;
  private final Events events;
  private final RandomGenerator random;
  private final LoyaltyDesk loyalty;
  private final SurveyThrottle throttle =
      SurveyThrottle.builder(MINIMUM_GAP)
          .countFrom(SurveyThrottle.CountFrom.LATEST_OF_BOTH)
          .sampleRate(0.85)
          .salt("post-resolution")
          .build();
  private final Map<CustomerId, ContactHistory> contacts = new HashMap<>();
  private final Map<Team, FollowUpPolicy> followUpPolicies = new EnumMap<>(Team.class);
  private final FeedbackCube.Accumulator<String, NpsSummary> nps;
  private final FeedbackCube.Accumulator<String, CsatSummary> csat;
  private long sent;
  private long throttled;
  private long notSampled;
  private long answered;
  private long followUps;
  private long followUpsOnTime;
  private long goodwillCredits;

  SurveyDesk(DeskSetup setup, Events events, RandomGenerator random, LoyaltyDesk loyalty) {
    this.setup = setup;
    this.events = events;
    this.random = random;
    this.loyalty = loyalty;
    for (Team team : Team.values()) {
      followUpPolicies.put(
          team,
          FollowUpPolicy.builder(setup.calendar(team)).detractorsWithin(FOLLOW_UP_WITHIN).build());
    }
    this.nps =
        FeedbackCube.accumulator(
            CubeSpec.nps(SurveyDesk::segment, ZoneOffset.UTC, Granularity.ISO_WEEK).build());
    this.csat =
        FeedbackCube.accumulator(
            CubeSpec.csat(
                    SurveyScale.csat5(), SurveyDesk::segment, ZoneOffset.UTC, Granularity.ISO_WEEK)
                .build());
  }

  private static String segment(SurveyResponse response) {
    return response.attribute("segment").orElse("none");
  }

  /** A ticket was solved at {@code at}: send a survey half an hour later, if allowed. */
  void onSolved(Ticket ticket, Instant at) {
    Instant send = at.plus(Duration.ofMinutes(30));
    events.at(send, () -> send(ticket, send));
  }

  private void send(Ticket ticket, Instant at) {
    TicketStatus status = ticket.status();
    if (ticket.surveyed || (status != TicketStatus.SOLVED && status != TicketStatus.CLOSED)) {
      return;
    }
    CustomerId customer = ticket.customer.id();
    ContactHistory history = contacts.getOrDefault(customer, ContactHistory.none());
    ThrottleDecision decision = throttle.decide(customer, history, at);
    if (decision.outcome() == ThrottleDecision.Outcome.NOT_SAMPLED) {
      notSampled++;
      return;
    }
    if (!decision.shouldSend()) {
      throttled++;
      return;
    }
    contacts.put(customer, history.withSent(at));
    ticket.surveyed = true;
    sent++;
    double respond = ticket.channel == dev.rapport.core.Channel.CHAT ? 0.42 : 0.3;
    if (!Rand.chance(random, respond)) {
      return;
    }
    Instant answer = at.plus(Rand.logNormal(random, Duration.ofHours(3), 1.0));
    events.at(answer, () -> answer(ticket, answer));
  }

  private void answer(Ticket ticket, Instant at) {
    answered++;
    CustomerId customer = ticket.customer.id();
    contacts.put(customer, contacts.get(customer).withAnswered(at));
    SlaReport report = setup.engine.evaluate(ticket.timeline, at);
    boolean breached = report.isBreached();
    double mean = 8.3;
    mean -= breached ? 2.2 : 0;
    mean -= 1.0 * ticket.reopens;
    mean -= 0.35 * Math.max(0, ticket.interactions - 2);
    mean -= ticket.topic.equals("payments") ? 2.0 : 0;
    mean += ticket.customer.segment().equals("enterprise") ? -0.4 : 0;
    mean +=
        report
            .latest(SlaMetric.RESOLUTION)
            .map(m -> m.elapsed().compareTo(Duration.ofHours(24)) > 0 ? -0.6 : 0.2)
            .orElse(0.0);
    int score = (int) Math.max(0, Math.min(10, Math.round(mean + 1.9 * random.nextGaussian())));
    int satisfaction =
        (int) Math.max(1, Math.min(5, Math.round(1 + score * 0.4 + 0.5 * random.nextGaussian())));
    String id = String.format(Locale.ROOT, "S-%07d", answered);
    SurveyResponse npsResponse =
        response(ticket, id + "-nps", SurveyScale.nps(), score, at, breached);
    nps.add(npsResponse);
    csat.add(response(ticket, id + "-csat", SurveyScale.csat5(), satisfaction, at, breached));
    followUpPolicies
        .get(ticket.team)
        .taskFor(npsResponse)
        .ifPresent(task -> followUp(ticket, task));
  }

  private SurveyResponse response(
      Ticket ticket, String id, SurveyScale scale, int value, Instant at, boolean breached) {
    SurveyResponse.Builder builder =
        SurveyResponse.builder(ResponseId.of(id), scale, ticket.customer.id(), ticket.channel, at)
            .answered(value)
            .ticket(ticket.id)
            .attribute("segment", ticket.customer.segment())
            .attribute("team", ticket.team.tag())
            .attribute("sla", breached ? "breached" : "met");
    ticket.involved.forEach(builder::involved);
    ticket.agent.ifPresent(builder::agent);
    return builder.build();
  }

  private void followUp(Ticket ticket, FollowUpTask task) {
    followUps++;
    BusinessCalendar calendar = setup.calendar(ticket.team);
    Instant done =
        calendar.plus(task.respondedAt(), Rand.logNormal(random, Duration.ofHours(4), 0.7));
    if (!task.isOverdue(done)) {
      followUpsOnTime++;
    }
    events.at(
        done,
        () -> {
          if (ticket.customer.member()) {
            goodwillCredits++;
            loyalty.goodwill(ticket.customer, done, GOODWILL_POINTS, task.id());
          }
        });
  }

  SurveyTotals totals() {
    return new SurveyTotals(
        sent,
        throttled,
        notSampled,
        answered,
        followUps,
        followUpsOnTime,
        goodwillCredits,
        nps.toCube(),
        csat.toCube());
  }
}
