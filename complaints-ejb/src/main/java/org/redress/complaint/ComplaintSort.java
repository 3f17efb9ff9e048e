package org.redress.complaint;

/** The orders a complaint list can be read in; each is backed by an index. */
public enum ComplaintSort {
  /** Most urgent first: the response deadline. */
  RESPONSE_DUE,
  /** The order of receipt. */
  RECEIVED
}
