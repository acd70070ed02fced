// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.help;

/**
 * One page of the help contents.
 *
 * @param href
 *            where the page is, relative to the bundle's {@code help/} folder, e.g.
 *            {@code analyses/edd.md}; links between pages use it
 * @param title
 *            the title shown in the contents
 * @param text
 *            the page in the small Markdown subset that {@link MarkdownText} renders
 */
public record HelpPage(String href, String title, String text) {
}
