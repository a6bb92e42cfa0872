/**
 * Business hours: {@link dev.rapport.core.time.BusinessCalendar} (built with {@link
 * dev.rapport.core.time.BusinessCalendar#builder(java.time.ZoneId)} or {@link
 * dev.rapport.core.time.BusinessCalendar#always(java.time.ZoneId)}) answers whether a business is
 * open, when it next opens or closes, and adds, subtracts and measures business time exactly across
 * daylight-saving changes, holidays and special hours. {@link dev.rapport.core.time.LocalTimeRange}
 * is one range of opening hours; {@link dev.rapport.core.time.TimeInterval} one concrete open
 * interval. JSON support is in {@code dev.rapport.core.json}.
 */
package dev.rapport.core.time;
