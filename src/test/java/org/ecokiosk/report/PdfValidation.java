package org.ecokiosk.report;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, in process, for report tests: validate PDF bytes against one flavour
 * ({@link PDFAFlavour#PDFA_2_U}, {@link PDFAFlavour#PDFUA_1}, …) and list the failed rules.
 */
public final class PdfValidation {

    private static boolean initialised;

    private PdfValidation() {
    }

    /**
     * @return failed rules as "clause-test (count×): description — first message", sorted;
     *     empty when the document complies
     */
    public static synchronized List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failures = new TreeMap<>();
            for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
                RuleId rule = failed.getKey();
                String description = result.getValidationProfile().getRuleByRuleId(rule) == null ? ""
                        : result.getValidationProfile().getRuleByRuleId(rule).getDescription();
                String firstMessage = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED && a.getRuleId().equals(rule))
                        .map(a -> a.getErrorMessage() != null ? a.getErrorMessage() : a.getMessage())
                        .findFirst().orElse("");
                String id = rule.getClause() + "-" + rule.getTestNumber();
                failures.put(id, id + " (" + failed.getValue() + "×): " + description + " — " + firstMessage);
            }
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.put("?", "not compliant, job status " + result.getJobEndStatus());
            }
            return List.copyOf(failures.values());
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }

    /** Fails with every failed rule listed, one a line. */
    public static void assertCompliant(byte[] pdf, PDFAFlavour flavour) {
        List<String> failures = failedRules(pdf, flavour);
        if (!failures.isEmpty()) {
            throw new AssertionError(flavour.getId() + ": " + failures.size() + " failed rule(s):\n  "
                    + String.join("\n  ", failures));
        }
    }
}
