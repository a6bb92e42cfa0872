/**
 * Escalation policies: multi-level chains that fire exactly once, on business time, driven by SLAs
 * and by silence.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.rapport.sla.escalation.EscalationPolicy} and {@link
 *       dev.rapport.sla.escalation.EscalationLevel}: the chain, its levels with their {@link
 *       dev.rapport.sla.escalation.EscalationTrigger triggers}, {@link
 *       dev.rapport.sla.escalation.NotifyTarget targets}, {@link
 *       dev.rapport.sla.escalation.EscalationAction actions}, conditions and {@link
 *       dev.rapport.sla.escalation.TimeWindow windows}, its {@link
 *       dev.rapport.sla.escalation.Repeat repetition}, {@link
 *       dev.rapport.sla.escalation.StopCondition stop conditions} and {@link
 *       dev.rapport.sla.escalation.Restart restarts};
 *   <li>{@link dev.rapport.sla.escalation.EscalationEngine}: the steps due by an instant, as an
 *       {@link dev.rapport.sla.escalation.EscalationResult} of {@link
 *       dev.rapport.sla.escalation.EscalationStep}s with stable {@link
 *       dev.rapport.sla.escalation.StepId}s and {@link dev.rapport.sla.escalation.StepReason
 *       reasons}, and the {@link dev.rapport.sla.escalation.EscalationState} that makes firing
 *       idempotent.
 * </ul>
 */
package dev.rapport.sla.escalation;
