/**
 * JSON support for Rapport loyalty with Jackson: {@link
 * dev.rapport.loyalty.json.RapportLoyaltyModule}, which describes the format. Jackson is an
 * optional dependency; this package is the only one that uses it.
 */
package dev.rapport.loyalty.json;
