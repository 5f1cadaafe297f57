/**
 * Reading what staff edit (content/ and imported files) into records, with every problem
 * reported by file, line and column in words a non-programmer understands. Nothing here
 * writes a live snapshot: importers hand records to {@code snapshot} for a new file.
 */
package org.ecokiosk.ingest;
