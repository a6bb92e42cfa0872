/**
 * Support for Rapport's own JSON modules (core, sla, loyalty, feedback): {@link
 * dev.rapport.core.json.internal.JsonIn}, a strict reader of a JSON value that names the JSON path
 * in every error, and {@link dev.rapport.core.json.internal.JsonAdapters}, Jackson serializers and
 * deserializers made of functions. This is not API: it is exported only to Rapport's modules and
 * may change without notice in any release. Jackson is an optional dependency of core; like {@code
 * dev.rapport.core.json}, this package is only used with it.
 */
package dev.rapport.core.json.internal;
