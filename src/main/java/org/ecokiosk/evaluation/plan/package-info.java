/**
 * Plan progress: each plan indicator's yearly series from whatever holds it ({@link FigureSeries}),
 * its latest value with its year and the 2020 baseline beside it, and the verdict against the 2025
 * target in the mid-term and final views ({@link PlanProgress}). The kiosk's plan, air, green,
 * water and noise screens and the plan-progress and bulletin PDFs all ask here.
 */
package org.ecokiosk.evaluation.plan;
