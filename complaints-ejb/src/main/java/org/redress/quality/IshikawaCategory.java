package org.redress.quality;

/** The cause categories of the Ishikawa (fishbone) diagram, the "6 M". */
public enum IshikawaCategory {
  PEOPLE,
  MACHINE,
  METHOD,
  MATERIAL,
  MEASUREMENT,
  ENVIRONMENT
}
