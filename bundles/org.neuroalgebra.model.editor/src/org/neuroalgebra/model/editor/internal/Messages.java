// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal;

import org.eclipse.osgi.util.NLS;

/** The editors' user-visible strings (messages.properties). */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.neuroalgebra.model.editor.internal.messages"; //$NON-NLS-1$

    public static String CommandStackAction_redo;
    public static String CommandStackAction_undo;
    public static String ModelSaver_syntaxErrors;
    public static String ModelSaver_writeFailed;
    public static String ModelTemplate_empty;
    public static String ModelTreeEditor_changedOnDisk;
    public static String ModelTreeEditor_changedOnDiskTitle;
    public static String ModelTreeEditor_notAFile;
    public static String ModelTreeEditor_notLocal;
    public static String ModelTreeEditor_overwriteChange;
    public static String ModelTreeEditor_unknownExtension;
    public static String NalgDocumentProvider_saveFailed;
    public static String NalgDocumentProvider_unmappable;
    public static String NalgDocumentProvider_unsupportedCharset;
    public static String NewModelWizard_fileDescription;
    public static String NewModelWizard_fileTitle;
    public static String NewModelWizard_title;
    public static String NewModelWizard_projectTitle;
    public static String NewModelWizard_projectDescription;
    public static String NewProjectWizard_title;
    public static String NewProjectWizard_pageTitle;
    public static String NewProjectWizard_pageDescription;
    public static String NewProjectWizard_creating;
    public static String StringListCellEditor_onePerLine;
    public static String TemplatePage_contents;
    public static String TemplatePage_description;
    public static String TemplatePage_file;
    public static String TemplatePage_title;
    public static String TreeContextMenu_delete;
    public static String TreeContextMenu_newChild;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
