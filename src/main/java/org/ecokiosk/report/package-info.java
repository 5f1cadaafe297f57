/**
 * The yearly disclosure PDFs: 年度生态环境状况公报 (bulletin), 政府信息公开工作年度报告
 * (disclosure) and the plan-progress report. {@link org.ecokiosk.report.ReportBuilder} is the
 * entry point for the CLI and the admin mode. One class per report kind; the chapters they
 * share are their own classes. Depends only on model, snapshot, standards, charts and plan.
 */
package org.ecokiosk.report;
