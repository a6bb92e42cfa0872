/** Rapport loyalty: the points ledger, earning rules, tiers, redemption and referral programs. */
module dev.rapport.loyalty {
  requires transitive dev.rapport.core;
  requires org.slf4j;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;

  exports dev.rapport.loyalty;
  exports dev.rapport.loyalty.spi;
}
