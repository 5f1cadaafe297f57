package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.ecokiosk.kiosk.shell.AlertBanner;
import org.ecokiosk.kiosk.shell.ContrastTheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build writes each kiosk stylesheet also in JavaFX's binary form (pom.xml, Css2Bin), and
 * JavaFX reads the .bss in place of the .css: it must hold exactly the rules the .css says,
 * selector for selector and value for value, or the kiosk would not look as its stylesheet says.
 */
class BinaryStylesheetsTest {
    @ParameterizedTest
    @ValueSource(strings = {KioskAssembly.STYLESHEET, KioskAssembly.ENVIRONMENT_STYLESHEET,
            KioskAssembly.COMMUNITY_STYLESHEET, AlertBanner.STYLESHEET, ContrastTheme.STYLESHEET})
    void theBinaryFormHoldsTheRulesOfTheText(String css) throws Exception {
        URL text = KioskAssembly.class.getResource(css);
        URL binary = KioskAssembly.class.getResource(css.replaceFirst("\\.css$", ".bss"));
        assertNotNull(text, css);
        assertNotNull(binary, "no binary form of " + css + " (the build's exec-maven-plugin step binary-css-*)");
        List<String> parsed = rules(new CssParser().parse(text));
        assertFalse(parsed.isEmpty(), css);
        assertEquals(parsed, rules(Stylesheet.loadBinary(binary)), css + " and its binary form differ: rebuild (mvn process-classes)");
    }

    /** Each rule as selectors and declarations (property, value, !important), in order. */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(BinaryStylesheetsTest::describe).toList();
    }

    private static String describe(Rule rule) {
        String selectors = rule.getSelectors().stream().map(Object::toString).collect(Collectors.joining(", "));
        String declarations = rule.getDeclarations().stream().map(BinaryStylesheetsTest::describe)
                .collect(Collectors.joining("; "));
        return selectors + " { " + declarations + " }";
    }

    private static String describe(Declaration d) {
        return d.getProperty() + ": " + value(d.getParsedValue()) + (d.isImportant() ? " !important" : "");
    }

    /** A parsed value in full, nested values and arrays of them too (their own toString shows identities). */
    private static String value(Object v) {
        if (v instanceof ParsedValue<?, ?> parsed) {
            Object converter = parsed.getConverter();
            return "(" + value(parsed.getValue()) + " as " + (converter == null ? "-" : converter.getClass().getName()) + ")";
        }
        if (v instanceof Object[] values) {
            return Stream.of(values).map(BinaryStylesheetsTest::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }
}
