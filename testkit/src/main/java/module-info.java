/**
 * Rapport testkit: generators and a test clock for users' own property tests.
 *
 * <p>QuickTheories publishes no module name of its own, so it is read as the automatic module
 * {@code quicktheories}; it is optional ({@code requires static}).
 */
@SuppressWarnings({"requires-automatic", "module"})
module dev.rapport.testkit {
  requires transitive dev.rapport.core;
  requires transitive dev.rapport.sla;
  requires transitive dev.rapport.loyalty;
  requires transitive dev.rapport.feedback;
  requires static quicktheories;

  exports dev.rapport.testkit;
}
