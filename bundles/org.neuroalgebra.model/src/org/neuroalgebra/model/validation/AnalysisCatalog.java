// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.internal.validation.AnalysisCatalogLookup;

/**
 * The analyses installed where a model is validated, as far as validation needs to know them:
 * their ids. The model language does not fix the analyses (an {@code analysis} block names any
 * identifier, {@code NAME of SUBJECT}); whoever knows the installed analyses provides a catalog,
 * and validation then reports an id that none of them has, at the id's position, with the list
 * of installed ids, and what the named analysis declares about its block ({@link #check}).
 * Without a catalog (a plain EMF user) ids are not checked.
 * <p>
 * A catalog is found, in this order: in the validation context under {@link #CONTEXT_KEY}; the
 * one {@link #setDefault set} by plain Java code (tests, applications without OSGi); an OSGi
 * service of this type (the analysis registry provides one).
 */
public interface AnalysisCatalog {

    /** Key of a catalog in the context map of an EMF validation. */
    String CONTEXT_KEY = "org.neuroalgebra.model.analysisCatalog"; //$NON-NLS-1$

    /** @return the ids of the installed analyses, sorted */
    List<String> analysisIds();

    /**
     * Checks a block against the declarations of the installed analysis it names (the kinds of
     * subject it accepts, the fields it requires, its options' names, types and ranges). Only
     * called for an installed id; must be cheap (no work on the subject).
     *
     * @return the violations, empty when the declarations are met
     */
    default List<Violation> check(Analysis block) {
        return List.of();
    }

    /**
     * One way a block fails its analysis's declarations.
     *
     * @param object
     *            the object to blame (the block, or its metric)
     * @param feature
     *            the feature whose written position to report, or null for the object's
     * @param index
     *            the index of the value within a many-valued feature (an option), else 0
     * @param message
     *            what is wrong, in one line
     */
    record Violation(EObject object, EStructuralFeature feature, int index, String message) {
    }

    /**
     * Sets the catalog used when the validation context gives none, outside OSGi or to override
     * the OSGi service.
     *
     * @param catalog
     *            the catalog, or null to go back to the OSGi service (or to none)
     */
    static void setDefault(AnalysisCatalog catalog) {
        AnalysisCatalogLookup.set(catalog);
    }

    /**
     * @param context
     *            an EMF validation context, or null
     * @return the catalog to check analysis ids against, or empty when none is available
     */
    static Optional<AnalysisCatalog> find(Map<Object, Object> context) {
        if (context != null && context.get(CONTEXT_KEY) instanceof AnalysisCatalog given) {
            return Optional.of(given);
        }
        return AnalysisCatalogLookup.find();
    }
}
