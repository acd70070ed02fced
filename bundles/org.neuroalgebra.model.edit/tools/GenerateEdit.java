// SPDX-License-Identifier: EPL-2.0

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's "Generate Edit Code" for the model bundle's genmodel without Eclipse, the
 * counterpart of the model bundle's tools/GenerateModel.java for the item providers.
 * <p>
 * Usage: {@code java GenerateEdit <path to .genmodel> <output project directory>}. EMF writes
 * src-gen/, icons/, plugin.xml, plugin.properties and build.properties into the output; the
 * scripts keep src-gen/ and icons/ (plugin.xml and plugin.properties are maintained by hand,
 * since they also hold this bundle's own labels). Each generated Java file gets the project's
 * SPDX header line prepended.
 */
public final class GenerateEdit {

    private static final String PROJECT = "org.neuroalgebra.model.edit";
    private static final String MODEL_PROJECT = "org.neuroalgebra.model";
    private static final String SPDX = "// SPDX-License-Identifier: EPL-2.0\n";

    private GenerateEdit() {
    }

    public static void main(String[] args) throws IOException {
        Path genModelFile = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(output);

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        EcorePlugin.getPlatformResourceMap().put(PROJECT, URI.createFileURI(output.toString() + "/"));
        // The model project must not be written to: point it at a scratch folder.
        Path scratch = Files.createTempDirectory("model-project");
        EcorePlugin.getPlatformResourceMap().put(MODEL_PROJECT, URI.createFileURI(scratch.toString() + "/"));

        Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        IStatus valid = genModel.validate();
        if (valid.matches(IStatus.ERROR)) {
            throw new IllegalStateException("invalid genmodel: " + valid);
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
                new BasicMonitor.Printing(System.err));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("generation failed: " + result);
        }
        prependSpdxHeader(output.resolve("src-gen"));
    }

    private static void prependSpdxHeader(Path sourceRoot) throws IOException {
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            javaFiles = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path file : javaFiles) {
            String text = Files.readString(file);
            if (!text.startsWith(SPDX)) {
                Files.writeString(file, SPDX + text);
            }
        }
    }
}
