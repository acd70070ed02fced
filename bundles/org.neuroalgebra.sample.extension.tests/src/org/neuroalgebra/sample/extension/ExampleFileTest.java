// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.model.NeuroalgebraModel;

import com.google.gson.JsonObject;

/** The example file the sample ships parses, validates and runs with the values its comments state. */
class ExampleFileTest {

    @TempDir
    Path folder;

    @Test
    void theResidualExampleRunsAsItsCommentsSay() throws IOException, AnalysisException {
        String text;
        try (InputStream in = ExampleFileTest.class.getResourceAsStream("/examples/residual.nalg")) { //$NON-NLS-1$
            assertNotNull(in, "examples/residual.nalg ships in the bundle"); //$NON-NLS-1$
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        NeuroalgebraModel model = SampleRuntime.valid(SampleRuntime.write(folder, "residual.nalg", text)); //$NON-NLS-1$
        assertEquals(3, SampleRuntime.run(model, "skip_dimension").toJson().get("dimension").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(6, SampleRuntime.run(model, "skip_wide_dimension").toJson().get("dimension").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject degree = SampleRuntime.run(model, "skip_degree").toJson(); //$NON-NLS-1$
        assertEquals(4, degree.get("degree").getAsLong(), degree::toString); //$NON-NLS-1$
        assertEquals(3, degree.get("dimension").getAsInt()); //$NON-NLS-1$
    }
}
