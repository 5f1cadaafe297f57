package org.ecokiosk.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.ecokiosk.standards.air.AirQualityLimits;
import org.ecokiosk.standards.air.AirQualityRules;
import org.junit.jupiter.api.Test;

/**
 * The pollutant table names the limits the attainment evaluation used: those in force on 31
 * December, as the evaluation result carries them. Which limits apply to a year has one home
 * (evaluation/): report/ never asks the standards' rule selection itself.
 */
class AirChapterLimitsTest {
    @Test
    void theLimitsAreNamedAsOfficersReadThem() {
        assertEquals("GB 3095-2012", AirChapter.limitsName(AirQualityLimits.GB3095_2012_GRADE_II));
        assertEquals("GB 3095-2026（过渡阶段）", AirChapter.limitsName(AirQualityLimits.GB3095_2026_TRANSITION_GRADE_II));
        assertEquals("GB 3095-2026（2031年起）", AirChapter.limitsName(AirQualityLimits.GB3095_2026_FINAL_GRADE_II));
    }

    @Test
    void reportsTakeTheRulesFromTheEvaluationNeverFromTheRuleSelection() {
        JavaClasses report = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ecokiosk.report");
        noClasses().that().resideInAPackage("org.ecokiosk.report..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a method of AirQualityRules (which rules apply is evaluation/'s answer)",
                        call -> call.getTargetOwner().isEquivalentTo(AirQualityRules.class)))
                .check(report);
    }
}
