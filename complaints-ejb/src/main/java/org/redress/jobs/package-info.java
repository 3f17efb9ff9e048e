/**
 * The administrators' view of the Jakarta Batch jobs (KPI snapshots, imports, retention): their
 * executions with status and progress, and stop, restart and run again, all through the server's
 * {@link jakarta.batch.operations.JobOperator}.
 */
package org.redress.jobs;
