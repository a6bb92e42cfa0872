package dev.rapport.core;

/** The channel through which a customer reached the service desk. Thread-safe (an enum). */
public enum Channel {
  /** An email to the desk's address. */
  EMAIL,
  /** A phone call. */
  PHONE,
  /** A live chat, on the web or in an app. */
  CHAT,
  /** A message or mention on a social network. */
  SOCIAL,
  /** A text message. */
  SMS,
  /** A contact form on a web site or help centre. */
  WEB_FORM,
  /** A visit to a desk, shop or counter. */
  IN_PERSON,
  /** A self-service portal or bot, which raised the ticket without an agent. */
  SELF_SERVICE
}
