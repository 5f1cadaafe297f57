package org.ecokiosk.report;

import java.util.List;
import org.ecokiosk.evaluation.plan.EvaluationView;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DocumentMetadata;

/** The plan-progress report: every 专栏2 indicator with both evaluation views and how they are judged. */
final class PlanProgressReport implements ReportDocument {
    private final ReportSource source;
    private final PlanProgressTables progress;

    PlanProgressReport(ReportSource source) {
        this.source = source;
        this.progress = new PlanProgressTables(source.year(), new PlanProgress(source.planData()),
                source.planTablesRead());
    }

    @Override
    public DocumentMetadata metadata() {
        return new DocumentMetadata("沙坪坝区“十四五”生态环境保护规划指标进展报告（" + source.year() + "年）",
                Reports.AUTHOR, "“十四五”生态环境保护规划专栏2主要指标的基准值、最新值、目标值及中期、终期评估",
                List.of("十四五", "生态环境保护规划", "指标进展", "沙坪坝", String.valueOf(source.year())), "zh-CN");
    }

    @Override
    public boolean usesSample() {
        return progress.usesSample();
    }

    @Override
    public void write(ArchivalPdf doc) {
        Numbering numbers = new Numbering();
        int year = source.year();
        doc.titleBlock("沙坪坝区“十四五”生态环境保护规划指标进展报告", List.of(year + "年度", Reports.AUTHOR,
                "数据截至" + org.ecokiosk.report.pdf.OfficialText.date(source.meta().dataAsOf())));
        doc.h2("一、总体情况");
        doc.paragraph("《重庆市沙坪坝区生态环境保护“十四五”规划》专栏2共列" + progress.planCountSentence()
                + "，共" + progress.rows().size() + "个目标，本报告每个目标一行。截至" + year + "年，按中期评估口径（2023年）："
                + progress.countsSentence(EvaluationView.MID_TERM) + "；按终期评估口径（2025年）："
                + progress.countsSentence(EvaluationView.FINAL) + "。");
        doc.h2("二、指标基准值、最新值与目标值");
        progress.writeFiguresTable(doc, numbers);
        doc.smallPrint("方括号内为规划所列5年累计数，不是年度水平。“—”表示规划未给出数值或暂无数据。最新值为2020年以后、不晚于报告年度的最新年度值；标 * 者为示例数据。");
        doc.h2("三、中期与终期评估");
        progress.writeStatusTable(doc, numbers);
        doc.h2("四、评估方法");
        doc.paragraph("每个评估口径只使用2020年之后、不晚于评估年份（中期2023年、终期2025年）且不晚于报告年度的最新数值。");
        doc.paragraph("已达到：该数值按指标方向（不低于、不高于、等于）或水质类别（类别相同或更优）达到2025年目标。"
                + "未达到：2025年的数值未达到目标（仅终期评估）。");
        doc.paragraph("按进度推进／存在风险：2025年以前的数值尚未达到目标时，与“路径值”比较——路径值是从2020年基准值到2025年目标值的"
                + "直线在该数值年份的取值：路径值 = 基准值 +（目标值 − 基准值）×（年份 − 2020）÷ 5。达到或优于路径值为“按进度推进”，"
                + "落后于路径值为“存在风险”。累计指标没有基准值时以0为起点；没有基准值、目标为“等于”或水质类别的指标，"
                + "只要未达到目标即为“存在风险”。");
        doc.paragraph("目标待市级下达：规划写明以市级下达数为准的指标，不作判断。暂无数据：2020年以后尚无数值，或目标不是可比较的数字。");
        SourcesAppendix.write(doc, source.meta(), numbers);
    }
}
