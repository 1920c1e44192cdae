package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.cli.CliTest.Run;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.Versions;

/**
 * The release, {@code praksis-<version>.zip}, as a user installs it: unpacked anywhere, run from
 * another folder with only a JDK on the PATH, its class-data-sharing archive in the user's cache.
 */
class ReleaseIT {

    private static final Path TARGET = Path.of(System.getProperty("praksis.root", "..")).resolve("web/target")
            .toAbsolutePath().normalize();

    @TempDir
    Path directory;

    private Path unpack() throws IOException {
        String version = Versions.tool();
        Path zip = TARGET.resolve("praksis-" + version + ".zip");
        assertThat(zip).as("./mvnw package makes the release").exists();
        Path into = directory.resolve("installert");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = into.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(into)).as("an entry inside the release folder").isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
        Path home = into.resolve("praksis-" + version);
        // java.util.zip does not restore file modes; unzip(1) does, from the entry's 0755.
        Files.setPosixFilePermissions(home.resolve("bin/praksis"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** {@code bin/praksis ARGS} in {@code folder}, with only PATH (java's folder) and the cache folder set. */
    private Run run(Path home, Path folder, Path cache, String... args) throws IOException, InterruptedException {
        ProcessBuilder command = ChildCli.bare(home.resolve("bin/praksis"), Map.of("XDG_CACHE_HOME", cache.toString()),
                args);
        return ChildCli.run(command.directory(folder.toFile()), directory);
    }

    @Test
    void theReleaseRunsFromAnyFolderWithOnlyAJdkAndKeepsItsArchiveInTheUsersCache() throws Exception {
        Path home = unpack();
        assertThat(home.resolve("README.md")).exists();
        assertThat(home.resolve("lib/praksis-validator-" + Versions.tool() + ".jar")).exists();
        assertThat(home.resolve("lib/praksis-web-" + Versions.tool() + ".jar")).as("serve is in the release").exists();
        try (InputStream cmd = Files.newInputStream(home.resolve("bin/praksis.cmd"))) {
            String text = new String(cmd.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(text).contains("\r\n").contains("no.praksis.cli.Main").contains(Versions.tool())
                    .doesNotContain("@project.version@");
        }
        Path work = Files.createDirectories(directory.resolve("avtaler"));
        Path good = Files.writeString(work.resolve("bærum.yaml"), TestAgreements.complete());
        Path bad = Files.writeString(work.resolve("feil.yaml"), TestAgreements.complete("oslomet-baerum-helse-2027")
                .replaceFirst("municipalityNumber: \"3201\"", "municipalityNumber: \"9998\""));
        Path cache = directory.resolve("cache");

        Run first = run(home, work, cache, "validate", "bærum.yaml");
        assertThat(first.err()).isEmpty();
        assertThat(first.exitCode()).as(first.out()).isZero();
        assertThat(first.out()).isEqualTo("1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 advarsler, 0 merknader.\n");
        try (var archives = Files.list(cache.resolve("praksis"))) {
            assertThat(archives.map(p -> p.getFileName().toString()).toList()).singleElement().asString()
                    .startsWith("praksis-" + Versions.tool() + "-java-").endsWith(".jsa");
        }

        Run second = run(home, work, cache, "validate", good.toString(), bad.toString());
        assertThat(second.err()).isEmpty();
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).contains("Kommunenummeret 9998 for")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
        assertThat(run(home, work, cache, "--version").out()).startsWith("praksis " + Versions.tool());
        Run serve = run(home, work, cache, "serve", "--help");
        assertThat(serve.exitCode()).isZero();
        assertThat(serve.out()).contains("--port").contains("--dir");
    }
}
