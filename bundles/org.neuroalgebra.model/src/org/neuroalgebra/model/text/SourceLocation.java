// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where an object and each of its feature values were written in a {@code .nalg} file.
 * The parser attaches one to every object it creates, so that validation can name the
 * line and column of a problem. Objects built in code or loaded from XMI have none.
 */
public final class SourceLocation extends AdapterImpl {

    private final SourcePosition position;
    private final Map<EStructuralFeature, List<SourcePosition>> featurePositions = new HashMap<>();
    private boolean incomplete;

    /**
     * @param position
     *            where the object starts (its keyword)
     */
    public SourceLocation(SourcePosition position) {
        this.position = position;
    }

    /** @return where the object starts */
    public SourcePosition getPosition() {
        return position;
    }

    /**
     * Records where the next value of a feature was written (values of a many-valued
     * feature are recorded in order).
     *
     * @param feature
     *            the feature
     * @param valuePosition
     *            where its value was written
     */
    public void addFeaturePosition(EStructuralFeature feature, SourcePosition valuePosition) {
        featurePositions.computeIfAbsent(feature, f -> new ArrayList<>()).add(valuePosition);
    }

    /**
     * @param feature
     *            a feature of the object
     * @param index
     *            the index of the value (0 for single-valued features)
     * @return where that value was written, or the object's own position if unknown
     */
    public SourcePosition getFeaturePosition(EStructuralFeature feature, int index) {
        List<SourcePosition> positions = featurePositions.get(feature);
        if (positions == null || index < 0 || index >= positions.size()) {
            return position;
        }
        return positions.get(index);
    }

    /**
     * @param move
     *            where each position goes
     * @return a new location with every position (the object's and its values') moved, for an
     *         object built from text that is not the file's own, such as a member of a sweep
     *         (whose positions are moved back into the template), or for a copy of an object
     */
    public SourceLocation map(UnaryOperator<SourcePosition> move) {
        SourceLocation moved = new SourceLocation(move.apply(position));
        featurePositions.forEach((feature, positions) -> moved.featurePositions.put(feature,
                new ArrayList<>(positions.stream().map(move).toList())));
        moved.incomplete = incomplete;
        return moved;
    }

    /**
     * Records that a statement of this block had a syntax error, so the block holds only what
     * could be parsed.
     */
    public void markIncomplete() {
        incomplete = true;
    }

    /**
     * @return true if a statement of this block had a syntax error; validation then leaves the
     *         block alone, since whatever it finds missing would only repeat that error
     */
    public boolean isIncomplete() {
        return incomplete;
    }

    /**
     * @param object
     *            any model object
     * @return true if it was parsed from text with a syntax error in it
     */
    public static boolean isIncomplete(EObject object) {
        SourceLocation location = get(object);
        return location != null && location.isIncomplete();
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == SourceLocation.class;
    }

    /**
     * @param object
     *            any model object
     * @return its source location, or null when it was not parsed from text
     */
    public static SourceLocation get(EObject object) {
        for (Adapter adapter : object.eAdapters()) {
            if (adapter instanceof SourceLocation location) {
                return location;
            }
        }
        return null;
    }

    /**
     * @param object
     *            any model object
     * @param feature
     *            one of its features, or null for the object itself
     * @param index
     *            value index (0 for single-valued features)
     * @return where it was written, or null when the object was not parsed from text
     */
    public static SourcePosition find(EObject object, EStructuralFeature feature, int index) {
        SourceLocation location = get(object);
        if (location == null) {
            return null;
        }
        return feature == null ? location.getPosition() : location.getFeaturePosition(feature, index);
    }
}
