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
 * Runs EMF's own code generator (the "Generate Model Code" action of the GenModel editor)
 * without Eclipse, so that src-gen/ can be regenerated and checked on any build machine.
 * <p>
 * Usage: {@code java GenerateModel <path to .genmodel> <output project directory>}. The
 * generated Java sources land in {@code <output>/src-gen}. EMF also writes project files
 * (plugin.xml, build.properties) there; only src-gen/ is used by the scripts. Each
 * generated Java file gets the project's SPDX header line prepended, since the genmodel's
 * copyright text can only produce a block comment.
 */
public final class GenerateModel {

    private static final String PROJECT = "org.neuroalgebra.model";
    private static final String SPDX = "// SPDX-License-Identifier: EPL-2.0\n";

    private GenerateModel() {
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
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
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
