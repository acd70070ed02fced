// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.neuroalgebra.analysis.ModelFiles;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.AnalysisSubject;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.NamedElement;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.launch.LaunchAttributes;

/**
 * What the launch dialog offers from a model file: its analysis blocks and sweeps, subjects and datasets,
 * read when the file name changes. A file that does not load offers nothing (the problems are
 * reported when the configuration is checked).
 *
 * @param model
 *            the loaded model, or null
 */
record ModelOutline(NeuroalgebraModel model) {

    static final ModelOutline EMPTY = new ModelOutline(null);

    /** @param location a workspace path or an absolute file path */
    static ModelOutline of(String location) {
        Path path = path(location);
        if (path == null || !path.toFile().isFile()) {
            return EMPTY;
        }
        return new ModelOutline(ModelFiles.load(path).model());
    }

    /** @return the local file of a workspace path or an absolute path, or null */
    static Path path(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(location);
        if (member != null && member.getLocation() != null) {
            return member.getLocation().toFile().toPath();
        }
        try {
            return Path.of(location);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * @return "" (run the analysis chosen in the dialog), "*" (all analysis blocks), then the
     *         analysis blocks' names and the sweeps' names
     */
    List<String> blockChoices() {
        List<String> choices = new ArrayList<>(List.of("", LaunchAttributes.ALL_BLOCKS)); //$NON-NLS-1$
        choices.addAll(names(Analysis.class));
        choices.addAll(names(Sweep.class));
        return choices;
    }

    List<String> subjects() {
        return names(AnalysisSubject.class);
    }

    List<String> datasets() {
        return names(Dataset.class);
    }

    private List<String> names(Class<? extends NamedElement> type) {
        if (model == null) {
            return List.of();
        }
        return model.getElements().stream().filter(type::isInstance).map(NamedElement::getName)
                .filter(name -> name != null).toList();
    }
}
