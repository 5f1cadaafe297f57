/**
 * Figures the district itself published (its 环境状况公报 and the like): a CSV of figures as the
 * document prints them, with a one-row {@code .source.csv} beside it naming the document. Stored
 * with origin {@code published}; the evaluation layer decides where they count.
 */
package org.ecokiosk.ingest.published;
