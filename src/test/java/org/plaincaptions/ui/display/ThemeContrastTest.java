package org.plaincaptions.ui.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.plaincaptions.settings.Theme;

/**
 * Every caption theme keeps WCAG 2.2 AAA contrast (7:1) for every text colour against what is behind
 * it (the line's box when a theme has one, else the screen), computed from the stylesheets themselves.
 */
class ThemeContrastTest {
    private static final Pattern VARIABLE = Pattern.compile("(-caption-[a-z-]+)\\s*:\\s*([^;]+);");
    private static final List<String> TEXT_COLOURS = List.of("-caption-text", "-caption-changed", "-caption-verbatim",
            "-caption-status");

    static Map<String, String> variables(Theme theme) throws IOException {
        String css = Files.readString(Path.of("styles", theme.stylesheet()));
        Map<String, String> variables = new HashMap<>();
        Matcher m = VARIABLE.matcher(css);
        while (m.find()) {
            variables.put(m.group(1), m.group(2).strip());
        }
        return variables;
    }

    /** WCAG relative luminance of #rrggbb. */
    static double luminance(String hex) {
        assertThat(hex).matches("#[0-9a-fA-F]{6}");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '#ffffff', '#000000', 21.0
            '#000000', '#000000', 1.0
            '#767676', '#ffffff', 4.54
            '#ffff00', '#000000', 19.56
            """)
    void computesContrastAsWcagDefinesIt(String text, String background, double expected) {
        assertThat(contrast(text, background)).isCloseTo(expected, org.assertj.core.api.Assertions.within(0.01));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextColourHasAtLeastSevenToOneContrast(Theme theme) throws IOException {
        Map<String, String> v = variables(theme);
        assertThat(v).containsKeys("-caption-background", "-caption-box", "-caption-text", "-caption-changed",
                "-caption-verbatim", "-caption-status");
        String behind = v.get("-caption-box").equals("transparent") ? v.get("-caption-background") : v.get("-caption-box");
        for (String colour : TEXT_COLOURS) {
            assertThat(contrast(v.get(colour), behind)).as("%s %s on %s", theme, colour, behind).isGreaterThanOrEqualTo(7.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aBlankScreenIsDarkExceptTheMixersGreenAndItsStatusStillReads(Theme theme) throws IOException {
        Map<String, String> v = variables(theme);
        String blank = v.get("-caption-blank");
        if (theme == Theme.CHROMA_GREEN) {
            assertThat(blank).isEqualTo(v.get("-caption-background")); // keyed out: the video shows through
        } else {
            assertThat(luminance(blank)).as(theme + " blank").isLessThan(0.05);
        }
        String behind = v.get("-caption-box").equals("transparent") ? blank : v.get("-caption-box");
        assertThat(contrast(v.get("-caption-blank-status"), behind)).as(theme + " status on blank").isGreaterThanOrEqualTo(7.0);
    }

    @Test
    void themesSetOnlyTheVariablesAndHowChangedWordsAreMarked() throws IOException {
        for (Theme theme : Theme.values()) {
            String css = Files.readString(Path.of("styles", theme.stylesheet())).replaceAll("(?s)/\\*.*?\\*/", "");
            for (String property : css.replaceAll("(?s)[^{}]*\\{([^}]*)}", "$1\n").split(";")) {
                String name = property.strip().split(":")[0].strip();
                if (!name.isEmpty()) {
                    assertThat(name).as(theme.stylesheet()).matches("-caption-[a-z-]+|-fx-underline|-fx-fill");
                }
            }
        }
    }

    @Test
    void theCreamThemeIsDarkTextOnCreamNotBlackOnWhite() throws IOException {
        Map<String, String> v = variables(Theme.CREAM);
        assertThat(v.get("-caption-background")).isNotEqualToIgnoringCase("#ffffff");
        assertThat(v.get("-caption-text")).isNotEqualToIgnoringCase("#000000");
        assertThat(luminance(v.get("-caption-background"))).isGreaterThan(0.8);
    }

    @Test
    void theChromaKeyThemeHasAGreenScreenBehindBoxedText() throws IOException {
        Map<String, String> v = variables(Theme.CHROMA_GREEN);
        String green = v.get("-caption-background");
        assertThat(Integer.parseInt(green.substring(3, 5), 16)).isGreaterThan(0x90);
        assertThat(Integer.parseInt(green.substring(1, 3), 16)).isLessThan(0x20);
        assertThat(v.get("-caption-box")).isNotEqualTo("transparent");
    }
}
