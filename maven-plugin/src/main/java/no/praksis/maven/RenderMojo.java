package no.praksis.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import no.praksis.validator.AtomicFiles;
import no.praksis.validator.Validator;
import no.praksis.validator.render.Renderer;
import no.praksis.validator.report.TextReport;

/**
 * Renders every valid agreement of the project into its signed-ready contract,
 * {@code <outputDirectory>/<id>-v<version>.pdf}: PDF/A-3a, tagged, with the agreement's YAML inside
 * and an empty signature field per signatory. An agreement with an error is not rendered; its
 * findings are logged (the {@code validate} goal fails the build on them).
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RenderMojo extends AgreementsMojo {

    /** Where the contracts are written. */
    @Parameter(property = "praksis.contractsDirectory", defaultValue = "${project.build.directory}/praksis-contracts")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info(texts().get("render.skipped"));
            return;
        }
        Validator validator = validator();
        Renderer renderer = new Renderer(validator);
        int written = 0;
        Map<String, String> renderedFrom = new HashMap<>();
        try {
            for (Path file : agreements()) {
                Validator.Content content = validator.read(file, name(file), boundary());
                if (!content.readable()) {
                    content.problem().findings().forEach(f -> getLog().warn(TextReport.headline(content.problem(), f,
                            language())));
                    continue;
                }
                Renderer.Rendering rendering = renderer.render(name(file), content.bytes(), false);
                if (rendering.refused()) {
                    rendering.report().findings().forEach(f -> getLog().warn(TextReport.headline(rendering.report(), f,
                            language())));
                    getLog().warn(texts().get("render.refused", "file", name(file)));
                    continue;
                }
                String earlier = renderedFrom.putIfAbsent(rendering.fileName(), name(file));
                if (earlier != null) {
                    // Two files with the same id and version: the second contract would silently
                    // replace the first in the same build.
                    throw new MojoExecutionException(texts().get("render.duplicate", "file", name(file), "earlier", earlier,
                            "contract", rendering.fileName()));
                }
                Path target = outputDirectory.toPath().resolve(rendering.fileName());
                AtomicFiles.write(target, rendering.pdf());
                getLog().info("praksis: " + name(file) + " → " + target);
                written++;
            }
        } catch (IOException e) {
            throw new MojoExecutionException(texts().get("render.failed", "problem", e.getMessage()), e);
        } catch (org.apache.maven.plugin.MojoFailureException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info(texts().get("render.done", "contracts", texts().count("contracts", written),
                "directory", outputDirectory));
    }
}
