// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.wizard;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.model.editor.internal.Messages;

/**
 * What a new model file starts with: nothing, or one of the talk's example files.
 *
 * @param fileName
 *            the suggested file name
 * @param description
 *            one line saying what the template holds (written for the wizard in
 *            templates.properties; an example without one is described by its first comment line,
 *            without the references to documents the product does not ship)
 * @param url
 *            the example's content, or null for the empty model
 */
record ModelTemplate(String fileName, String description, URL url) {

    /** @return the empty model, then every example file in the order of {@link Examples#FILES} */
    static List<ModelTemplate> all() {
        Properties descriptions = descriptions();
        List<ModelTemplate> templates = new ArrayList<>();
        templates.add(new ModelTemplate("model.nalg", Messages.ModelTemplate_empty, null)); //$NON-NLS-1$
        for (String file : Examples.FILES) {
            URL url = Examples.url(file);
            String description = descriptions.getProperty(file);
            templates.add(new ModelTemplate(file, description != null ? description : firstCommentLine(url), url));
        }
        return templates;
    }

    /** @return the descriptions written for the wizard, by file name */
    private static Properties descriptions() {
        Properties descriptions = new Properties();
        try (InputStream in = ModelTemplate.class.getResourceAsStream("templates.properties")) { //$NON-NLS-1$
            if (in != null) {
                descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return descriptions;
    }

    /** @return the template's text (empty for the empty model) */
    InputStream open() throws IOException {
        return url == null ? new ByteArrayInputStream(new byte[0]) : url.openStream();
    }

    private static String firstCommentLine(URL url) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#")) { //$NON-NLS-1$
                    return trimmed.substring(1).replaceAll("\\s*\\([^)]*\\.md[^)]*\\)", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            return ""; //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
