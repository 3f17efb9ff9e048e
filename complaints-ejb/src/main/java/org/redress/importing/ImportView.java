package org.redress.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import as the user follows it: the file, its header and first rows to choose the mapping from,
 * the mapping, the job's status and the counts so far.
 *
 * @param status UPLOADED before the start, then the job's batch status (STARTING, STARTED,
 *     STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED)
 */
public record ImportView(
    long id,
    String fileName,
    long size,
    String delimiter,
    List<String> header,
    List<List<String>> sampleRows,
    String source,
    String defaultChannel,
    Map<String, String> mapping,
    List<String> fields,
    String status,
    Long executionId,
    long totalRows,
    long rowsRead,
    long imported,
    long alreadyThere,
    long rejected,
    int percent,
    boolean finished,
    String uploadedBy,
    Instant uploadedAt,
    Instant startedAt)
    implements java.io.Serializable {}
