package no.praksis.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Run by the build (exec-maven-plugin, at process-classes): writes the rule catalogue, read from the
 * rule folders, as the snapshot that {@link RuleCatalogue} loads at start-up.
 */
public final class CatalogueSnapshot {

    private CatalogueSnapshot() {
    }

    /** {@code CatalogueSnapshot TARGET}: the snapshot file to write, replaced whole. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CatalogueSnapshot TARGET");
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), "catalogue", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                RuleCatalogue.writeSnapshot(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
