// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The help contents: the pages listed in {@code help/contents.txt}, and after "Analyses" one
 * page per installed analysis, made of its written page ({@code help/analyses/ID.md}, when
 * there is one) and its settings as the analysis declares them.
 */
public final class HelpPages {

    /** The page Help &gt; Help Contents opens. */
    public static final String GETTING_STARTED = "getting-started.md"; //$NON-NLS-1$

    /** The five-minute tour. */
    public static final String WELCOME = "welcome.md"; //$NON-NLS-1$

    /** The page the analyses' pages follow. */
    public static final String ANALYSES = "analyses.md"; //$NON-NLS-1$

    private static final String FOLDER = "help/"; //$NON-NLS-1$

    private HelpPages() {
    }

    /**
     * @param analyses
     *            the installed analyses
     * @return every page, in the order of the contents
     */
    public static List<HelpPage> all(Collection<IAnalysis> analyses) {
        List<HelpPage> pages = new ArrayList<>();
        for (String line : read("contents.txt").orElse("").lines().toList()) { //$NON-NLS-1$ //$NON-NLS-2$
            if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            String[] fields = line.split("\\|", 2); //$NON-NLS-1$
            String href = fields[0].strip();
            pages.add(new HelpPage(href, fields.length > 1 ? fields[1].strip() : href, read(href).orElse(""))); //$NON-NLS-1$
            if (href.equals(ANALYSES)) {
                analyses.stream().sorted(Comparator.comparing(IAnalysis::id)).map(HelpPages::analysisPage)
                        .forEach(pages::add);
            }
        }
        return pages;
    }

    /** @return the page of one analysis: what it computes, certified, limits, then its declared settings */
    static HelpPage analysisPage(IAnalysis analysis) {
        String href = "analyses/" + analysis.id() + ".md"; //$NON-NLS-1$ //$NON-NLS-2$
        StringBuilder text = new StringBuilder();
        text.append("# ").append(analysis.label()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        text.append("In a model: `analysis NAME { ").append(analysis.id()).append(" of SUBJECT }`; on the command line: `neuroalgebra ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(analysis.id()).append(" FILE --subject NAME`.\n\n"); //$NON-NLS-1$
        text.append(read(href).orElse("No page is written for this analysis; its settings follow.\n")).append('\n'); //$NON-NLS-1$
        text.append("## Settings\n\n"); //$NON-NLS-1$
        if (analysis.settings().isEmpty()) {
            text.append("This analysis has no settings.\n"); //$NON-NLS-1$
        }
        for (AnalysisSetting setting : analysis.settings()) {
            text.append("- `").append(setting.name()).append("`: ").append(setting.help()); //$NON-NLS-1$ //$NON-NLS-2$
            text.append(" (").append(setting.range()); //$NON-NLS-1$
            if (setting.defaultValue() != null) {
                text.append("; default ").append(setting.defaultValue()); //$NON-NLS-1$
            }
            text.append(")\n"); //$NON-NLS-1$
        }
        return new HelpPage(href, analysis.label(), text.toString());
    }

    private static Optional<String> read(String href) {
        Bundle bundle = FrameworkUtil.getBundle(HelpPages.class);
        URL url = bundle == null ? null : bundle.getEntry(FOLDER + href);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            ILog.of(HelpPages.class).log(Status.error("Cannot read help page " + href + ": " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.empty();
        }
    }
}
