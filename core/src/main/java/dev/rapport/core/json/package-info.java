/**
 * JSON support for Rapport core with Jackson: {@link dev.rapport.core.json.RapportCoreModule},
 * which describes the format. Jackson is an optional dependency of core; this package is the only
 * one that uses it.
 */
package dev.rapport.core.json;
