/** Rapport loyalty: the points ledger, earning rules, tiers, redemption and referral programs. */
module dev.rapport.loyalty {
  requires transitive dev.rapport.core;
  requires org.slf4j;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;

  exports dev.rapport.loyalty;
  exports dev.rapport.loyalty.spi;
  exports dev.rapport.loyalty.json;
  exports dev.rapport.loyalty.referral;
  exports dev.rapport.loyalty.referral.spi;
  exports dev.rapport.loyalty.referral.json;
// No "provides com.fasterxml.jackson.databind.Module": Jackson is optional, and a provides
// clause would stop this module from resolving without it. The modules are found through
// META-INF/services on the class path; on the module path, register them by hand.
}
