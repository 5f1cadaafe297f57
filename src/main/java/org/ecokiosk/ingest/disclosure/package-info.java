/**
 * Reads the officer's 政府信息公开工作年度报告 files — the figures CSV and the Markdown text
 * beside it (layout in docs/DISCLOSURE-DATA.md) — with every mistake, including figures that
 * break the format's arithmetic, reported by file, line and column.
 */
package org.ecokiosk.ingest.disclosure;
