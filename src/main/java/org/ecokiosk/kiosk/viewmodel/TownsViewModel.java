package org.ecokiosk.kiosk.viewmodel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.ecokiosk.markdown.MarkdownText;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;

/**
 * The 生态文明示范镇街 campaign: towns grouped by where they stand, the campaign's milestones
 * (from the eco-* indicators, never from code) and the green-living actions of the content
 * page {@value #GREEN_LIVING_SLUG} when it is published.
 */
public final class TownsViewModel extends SnapshotViewModel<TownsViewModel.Data> {
    public static final String GREEN_LIVING_SLUG = "green-living";
    public static final String CAMPAIGN_PAGE_SLUG = "eco-towns";

    /** Where a town stands, in the order the screen lists them. */
    public enum TownStatus {
        /** In a batch of demonstration towns (batch year set). */
        IN_BATCH,
        /** Named by the plan to apply ("candidate"). */
        CANDIDATE,
        /** Named by the plan for other work ("mentioned"), not (yet) applying. */
        MENTIONED;

        static TownStatus of(EcoTown town) {
            if (town.batchYear() > 0) {
                return IN_BATCH;
            }
            return "candidate".equals(town.status().trim().toLowerCase(Locale.ROOT)) ? CANDIDATE : MENTIONED;
        }
    }

    public record TownRow(String code, LocalizedText name, TownStatus status, int batchYear, LocalizedText summary,
                          boolean sample) {
    }

    public record TownGroup(TownStatus status, List<TownRow> towns) {
    }

    /** One campaign goal: by {@code year}, {@code target} (the plan's words), and the latest figure if any. */
    public record Milestone(String code, LocalizedText name, int year, String target, String unit,
                            Optional<String> latest, Optional<Integer> latestYear, LocalizedText note, boolean sample) {
        /** A goal the plan writes as a number of towns ("3-4"), not in words ("完成第一批示范镇街成功创建"). */
        public boolean counted() {
            return target.matches("[0-9.\\-–~ ]+");
        }
    }

    public record GreenAction(LocalizedText title, LocalizedText text) {
    }

    /** Everything the screen shows, ready to lay out. */
    public record Towns(List<TownGroup> groups, List<Milestone> milestones, List<GreenAction> actions,
                        Optional<ContentPage> campaignPage, boolean sample) {
        public static final Towns EMPTY = new Towns(List.of(), List.of(), List.of(), Optional.empty(), false);

        /** How many towns stand where (none when the group is absent). */
        public int count(TownStatus status) {
            return groups.stream().filter(g -> g.status() == status).mapToInt(g -> g.towns().size()).sum();
        }

        /**
         * The campaign at a glance (home's tile): towns in a batch, towns applying, and the last
         * counted goal the plan sets (3-4 towns by 2025); empty while there are no towns.
         */
        public Optional<Progress> progress() {
            if (groups.isEmpty()) {
                return Optional.empty();
            }
            Optional<Milestone> goal = milestones.stream().filter(Milestone::counted)
                    .max(Comparator.comparingInt(Milestone::year));
            boolean sampleTowns = groups.stream().flatMap(g -> g.towns().stream()).anyMatch(TownRow::sample);
            return Optional.of(new Progress(count(TownStatus.IN_BATCH), count(TownStatus.CANDIDATE), goal, sampleTowns));
        }
    }

    /** Towns in a demonstration batch and towns applying, against the plan's counted goal. */
    public record Progress(int inBatch, int applying, Optional<Milestone> goal, boolean sample) {
    }

    /**
     * What the screen reads from the snapshot in one go. {@code actions}: the green-living pages'
     * actions, parsed from their Markdown where the data is made (on the reader thread), not
     * where it is applied (on the FX thread).
     */
    public record Data(List<EcoTown> towns, List<PlanIndicator> indicators, List<IndicatorValue> values,
                       List<ContentPage> pages, Map<ContentPage, List<GreenAction>> actions) {
        public Data(List<EcoTown> towns, List<PlanIndicator> indicators, List<IndicatorValue> values,
                    List<ContentPage> pages) {
            this(towns, indicators, values, pages, pages.stream().filter(p -> p.slug().equals(GREEN_LIVING_SLUG))
                    .distinct().collect(java.util.stream.Collectors.toMap(p -> p, p -> TownsViewModel.actions(p.markdown()))));
        }
    }

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Towns> towns = new ReadOnlyObjectWrapper<>(Towns.EMPTY);

    public TownsViewModel(Clock clock) {
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<Towns> townsProperty() {
        return towns.getReadOnlyProperty();
    }

    public Towns towns() {
        return towns.get();
    }

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        List<ContentPage> pages = new ArrayList<>(reader.pages(PageKind.PAGE));
        pages.addAll(reader.pages(PageKind.CAMPAIGN));
        return new Data(reader.ecoTowns(), reader.indicators(), reader.indicatorValues(), pages);
    }

    @Override
    protected boolean apply(Data data) {
        Towns t = build(data, LocalDate.now(clock));
        towns.set(t);
        return t.sample();
    }

    static Towns build(Data data, LocalDate today) {
        Map<TownStatus, List<TownRow>> byStatus = new EnumMap<>(TownStatus.class);
        for (EcoTown town : data.towns()) {
            TownStatus status = TownStatus.of(town);
            byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(new TownRow(town.code(), town.name(), status,
                    town.batchYear(), town.summary(), town.origin().isSample()));
        }
        List<TownGroup> groups = new ArrayList<>();
        byStatus.forEach((status, rows) -> groups.add(new TownGroup(status, List.copyOf(rows))));

        List<Milestone> milestones = data.indicators().stream()
                .filter(i -> i.table() == PlanTable.ECOTOWN && i.code().startsWith("eco-"))
                .sorted(Comparator.comparingInt(PlanIndicator::targetYear).thenComparing(PlanIndicator::code))
                .map(i -> milestone(i, data.values()))
                .toList();

        Optional<ContentPage> green = published(data.pages(), GREEN_LIVING_SLUG, today);
        List<GreenAction> actions = green.map(p -> data.actions().getOrDefault(p, List.of())).orElse(List.of());
        Optional<ContentPage> campaign = published(data.pages(), CAMPAIGN_PAGE_SLUG, today);

        boolean sample = groups.stream().flatMap(g -> g.towns().stream()).anyMatch(TownRow::sample)
                || milestones.stream().anyMatch(Milestone::sample)
                || green.map(p -> p.origin().isSample()).orElse(false);
        return new Towns(groups, milestones, actions, campaign, sample);
    }

    private static Optional<ContentPage> published(List<ContentPage> pages, String slug, LocalDate today) {
        return pages.stream().filter(p -> p.slug().equals(slug) && p.isPublishedOn(today)).findFirst();
    }

    private static Milestone milestone(PlanIndicator i, List<IndicatorValue> values) {
        Optional<IndicatorValue> latest = values.stream().filter(v -> v.indicatorCode().equals(i.code()))
                .max(Comparator.comparingInt(IndicatorValue::year));
        return new Milestone(i.code(), i.name(), i.targetYear(), i.target().display(), i.unit(),
                latest.map(v -> v.value().display()), latest.map(IndicatorValue::year), i.note(),
                latest.map(v -> v.origin().isSample()).orElse(false));
    }

    /** The page's level-2 headings, each with the first paragraph under it, Chinese and English paired in order. */
    static List<GreenAction> actions(LocalizedText markdown) {
        List<String[]> zh = sections(markdown.zh());
        List<String[]> en = sections(markdown.en());
        List<GreenAction> out = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            String[] z = zh.get(i);
            String[] e = i < en.size() ? en.get(i) : new String[] {"", ""};
            out.add(new GreenAction(LocalizedText.of(z[0], e[0]), LocalizedText.of(z[1], e[1])));
        }
        return out;
    }

    private static List<String[]> sections(String markdown) {
        List<String[]> out = new ArrayList<>();
        Node doc = Parser.builder().build().parse(markdown);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) {
                out.add(new String[] {MarkdownText.plain(h), ""});
            } else if (n instanceof Paragraph p && !out.isEmpty() && out.get(out.size() - 1)[1].isEmpty()) {
                out.get(out.size() - 1)[1] = MarkdownText.plain(p);
            }
        }
        return out;
    }
}
