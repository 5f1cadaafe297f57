package org.ecokiosk.ingest.sample;

import java.util.List;
import java.util.Optional;

/**
 * The yearly path the sample air series follows. 2015 and 2020 are the plan's own figures
 * (chapter 1: good days 281 → 314, PM2.5 53 → 30 µg/m³). The years between are interpolated,
 * roughly as Chongqing's main districts moved. 2021–2025 fall back from the COVID-affected 2020
 * (table 专栏2 footnote 6) and then improve to meet the 2025 targets (≥ 300 good days,
 * PM2.5 ≤ 34). 2026 covers January–October only, hence its lower counts. The ozone share says
 * which part of the non-good days is summer ozone rather than winter particles: it grows over
 * the years, as it did across the Sichuan basin.
 */
final class SampleAirPath {
    static final List<SampleYearTarget> YEARS = List.of(
            new SampleYearTarget(2015, 281, 53, 0.10),
            new SampleYearTarget(2016, 289, 49, 0.15),
            new SampleYearTarget(2017, 296, 45, 0.20),
            new SampleYearTarget(2018, 303, 40, 0.25),
            new SampleYearTarget(2019, 309, 35, 0.30),
            new SampleYearTarget(2020, 314, 30, 0.35),
            new SampleYearTarget(2021, 306, 33, 0.40),
            new SampleYearTarget(2022, 301, 33, 0.50),
            new SampleYearTarget(2023, 305, 32, 0.45),
            new SampleYearTarget(2024, 309, 31, 0.45),
            new SampleYearTarget(2025, 312, 30, 0.45),
            new SampleYearTarget(2026, 262, 30, 0.45));

    private SampleAirPath() {
    }

    static Optional<SampleYearTarget> of(int year) {
        return YEARS.stream().filter(t -> t.year() == year).findFirst();
    }
}
