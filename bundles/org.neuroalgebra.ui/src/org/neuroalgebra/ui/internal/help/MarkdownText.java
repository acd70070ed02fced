// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * Renders the help pages' small Markdown subset as text with styles: {@code #} and {@code ##}
 * headings, paragraphs (lines joined, wrapped by the widget), {@code -} lists, fenced code
 * blocks, and inline {@code `code`}, {@code **bold**} and {@code [text](page.md)} links.
 * Anything else is shown as written, so that nothing of a page is lost.
 */
public final class MarkdownText {

    /** A link in the rendered text. */
    public record Link(int offset, int length, String href) {
    }

    /** The rendered text, its styles (in order, not overlapping) and its links. */
    public record Rendered(String text, List<StyleRange> styles, List<Link> links) {

        /** @return the link at a text offset, or null */
        public Link linkAt(int offset) {
            return links.stream().filter(link -> offset >= link.offset && offset < link.offset + link.length).findFirst()
                    .orElse(null);
        }
    }

    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\[([^\\]]+)\\]\\(([^)]+)\\)"); //$NON-NLS-1$

    private final Font titleFont;
    private final Font codeFont;
    private final Color linkColor;

    private StringBuilder text;
    private List<StyleRange> styles;
    private List<Link> links;

    /**
     * @param titleFont
     *            the font of a page's title, or null for bold text
     * @param codeFont
     *            a fixed-width font for code, or null
     * @param linkColor
     *            the colour of links, or null
     */
    public MarkdownText(Font titleFont, Font codeFont, Color linkColor) {
        this.titleFont = titleFont;
        this.codeFont = codeFont;
        this.linkColor = linkColor;
    }

    /** @return the page rendered */
    public Rendered render(String markdown) {
        text = new StringBuilder();
        styles = new ArrayList<>();
        links = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            boolean blockStart = trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("- ") //$NON-NLS-1$ //$NON-NLS-2$
                    || trimmed.startsWith("```"); //$NON-NLS-1$
            if (blockStart || !paragraph.isEmpty() && line.startsWith("  ") && paragraph.charAt(0) == '\u2022') { //$NON-NLS-1$
                // an indented line continues a list item; anything else that starts a block ends the paragraph
                if (!blockStart) {
                    paragraph.append(' ').append(trimmed);
                    continue;
                }
                flush(paragraph);
            }
            if (trimmed.startsWith("```")) { //$NON-NLS-1$
                int start = text.length();
                for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) { //$NON-NLS-1$
                    text.append("    ").append(lines.get(i)).append('\n'); //$NON-NLS-1$
                }
                style(start, text.length() - start, SWT.NORMAL, codeFont, null, false);
                text.append('\n');
            } else if (trimmed.startsWith("## ")) { //$NON-NLS-1$
                heading(trimmed.substring(3), null);
            } else if (trimmed.startsWith("# ")) { //$NON-NLS-1$
                heading(trimmed.substring(2), titleFont);
            } else if (trimmed.startsWith("- ")) { //$NON-NLS-1$
                paragraph.append("\u2022 ").append(trimmed.substring(2)); //$NON-NLS-1$
            } else if (!trimmed.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        flush(paragraph);
        return new Rendered(text.toString().stripTrailing() + '\n', styles, links);
    }

    private void heading(String title, Font font) {
        int start = text.length();
        text.append(title);
        style(start, title.length(), SWT.BOLD, font, null, false);
        text.append("\n\n"); //$NON-NLS-1$
    }

    private void flush(StringBuilder paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        inline(paragraph.toString());
        text.append(paragraph.charAt(0) == '\u2022' ? "\n" : "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        paragraph.setLength(0);
    }

    private void inline(String line) {
        Matcher matcher = INLINE.matcher(line);
        int last = 0;
        while (matcher.find()) {
            text.append(line, last, matcher.start());
            int start = text.length();
            if (matcher.group(1) != null) {
                text.append(matcher.group(1));
                style(start, matcher.group(1).length(), SWT.NORMAL, codeFont, null, false);
            } else if (matcher.group(2) != null) {
                text.append(matcher.group(2));
                style(start, matcher.group(2).length(), SWT.BOLD, null, null, false);
            } else {
                text.append(matcher.group(3));
                style(start, matcher.group(3).length(), SWT.NORMAL, null, linkColor, true);
                links.add(new Link(start, matcher.group(3).length(), matcher.group(4)));
            }
            last = matcher.end();
        }
        text.append(line.substring(last));
    }

    private void style(int start, int length, int fontStyle, Font font, Color foreground, boolean underline) {
        if (length == 0) {
            return;
        }
        StyleRange range = new StyleRange(start, length, foreground, null, fontStyle);
        range.font = font;
        range.underline = underline;
        styles.add(range);
    }
}
