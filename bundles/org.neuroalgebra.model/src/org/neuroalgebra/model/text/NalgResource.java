// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.internal.text.BinaryContent;
import org.neuroalgebra.model.internal.text.NalgParser;
import org.neuroalgebra.model.internal.text.NalgSerializer;
import org.neuroalgebra.model.internal.text.Utf8Decoder;

/**
 * A {@code .nalg} file as an EMF resource. Loading never throws for a malformed file:
 * every syntax error goes to {@link #getErrors()} as a {@link NalgDiagnostic} (with file,
 * line and column), and the model holds everything that could be parsed. A file that is
 * not valid UTF-8 is reported byte sequence by byte sequence and not parsed at all, since
 * its text cannot be trusted. A file that is not text at all (a NUL byte, or mostly control
 * characters and invalid UTF-8) gets the single error "not a text model file (binary
 * content)" for the whole file. At most {@value #MAX_ERRORS} errors are reported, then one
 * line "... and N more errors" at the first one left out: a damaged file must not flood the
 * output.
 * <p>
 * An empty file, or one holding only comments, is a valid empty model (a new file starts
 * empty); the comments are kept as the model's trailing comments.
 * <p>
 * Saving writes the canonical form (see DSL.md) in UTF-8.
 */
public class NalgResource extends ResourceImpl {

    /** The largest number of errors reported for one file. */
    public static final int MAX_ERRORS = 20;

    /**
     * @param uri
     *            the resource URI
     */
    public NalgResource(URI uri) {
        super(uri);
    }

    @Override
    protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        byte[] bytes = inputStream.readAllBytes();
        Utf8Decoder decoder = new Utf8Decoder();
        String text = decoder.decode(bytes);
        String location = getURI() == null ? null : getURI().toString();
        if (BinaryContent.isBinary(bytes, decoder.problems().size())) {
            getErrors().add(new NalgDiagnostic(location, new SourcePosition(0, 0, 0, 0),
                    "not a text model file (binary content)")); //$NON-NLS-1$
            return;
        }
        if (!decoder.problems().isEmpty()) {
            addCapped(decoder.problems().stream().map(p -> new NalgDiagnostic(location, p.position(), p.message()))
                    .toList());
            return;
        }
        NalgParser parser = new NalgParser(text, getURI());
        NeuroalgebraModel model = parser.parse();
        addCapped(parser.errors());
        getContents().add(model);
    }

    private void addCapped(List<NalgDiagnostic> errors) {
        if (errors.size() <= MAX_ERRORS) {
            getErrors().addAll(errors);
            return;
        }
        getErrors().addAll(errors.subList(0, MAX_ERRORS));
        NalgDiagnostic firstLeftOut = errors.get(MAX_ERRORS);
        getErrors().add(NalgDiagnostic.omitted(firstLeftOut.getLocation(), firstLeftOut.getPosition(),
                errors.size() - MAX_ERRORS));
    }

    @Override
    protected void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        for (EObject root : getContents()) {
            if (root instanceof NeuroalgebraModel model) {
                outputStream.write(NalgSerializer.serialize(model).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** @return the model of this resource, or null if it has not been loaded or is not valid UTF-8 */
    public NeuroalgebraModel getModel() {
        return getContents().isEmpty() ? null : (NeuroalgebraModel) getContents().get(0);
    }
}
