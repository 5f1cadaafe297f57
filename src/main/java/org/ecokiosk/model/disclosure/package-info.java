/**
 * The figures and texts of a 政府信息公开工作年度报告 in the layout of 国办公开办函〔2021〕30号,
 * with the table's own arithmetic. Records and pure checks only: ingest reads them from the
 * officer's files, report prints them.
 */
package org.ecokiosk.model.disclosure;
