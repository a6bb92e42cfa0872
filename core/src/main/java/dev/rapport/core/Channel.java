package dev.rapport.core;

/** The channel through which a customer reached the service desk. Thread-safe (an enum). */
public enum Channel {
  EMAIL,
  PHONE,
  CHAT,
  SOCIAL,
  SMS,
  WEB_FORM,
  IN_PERSON,
  SELF_SERVICE
}
