package org.redress.review;

/**
 * Where a review's report stands. While the job runs the report is {@link #GATHERING} its figures,
 * then {@link #RENDERING} the files; {@link #READY} once both files are stored. A job that failed
 * or was stopped leaves the review as it was; its execution's status tells (see {@link
 * ReviewView}).
 */
public enum ReviewStatus {
  GATHERING,
  RENDERING,
  READY
}
