package no.praksis.validator.git;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreements read from real repositories made in a temporary folder, which is also the ceiling: a
 * repository above it (the one these sources are in, say) is never found. JGit reads and writes its
 * configuration in a temporary folder too, so that the machine's git settings (core.autocrlf, say)
 * change no result and its home folder is left as it was.
 */
class GitRevisionsTest {

    @TempDir
    static Path configuration;

    private static SystemReader machine;

    @BeforeAll
    static void isolateTheConfiguration() {
        machine = SystemReader.getInstance();
        SystemReader.setInstance(new SystemReader.Delegate(machine) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, configuration.resolve("user").toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, configuration.resolve("system").toFile(), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, configuration.resolve("jgit").toFile(), fs);
            }
        });
    }

    @AfterAll
    static void restoreTheConfiguration() {
        SystemReader.setInstance(machine);
    }

    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.org", 1_767_225_600_000L,
            TimeZone.getTimeZone("Europe/Oslo").getRawOffset() / 60_000);
    private static final long LIMIT = 1_000_000;
    private static final String V1 = "id: x\nversjon: 1\n";
    private static final String V2 = "id: x\nversjon: 2\n";

    @TempDir
    Path temp;

    private Path repo;
    private Git git;
    private RevCommit first;

    @BeforeEach
    void twoVersions() throws IOException, GitAPIException {
        repo = Files.createDirectory(temp.resolve("repo"));
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        write("avtaler/x.yaml", V1);
        first = commit("v1");
        git.tag().setName("v1.0").setObjectId(first).setTagger(AUTHOR).setMessage("v1").call();
        git.branchCreate().setName("first").setStartPoint(first).call();
        write("avtaler/x.yaml", V2);
        commit("v2");
    }

    @AfterEach
    void close() {
        git.close();
    }

    @Test
    void aFileIsReadAsItWasAtEachKindOfRevision() throws GitProblem {
        assertThat(text(read("HEAD~1:avtaler/x.yaml", repo))).isEqualTo(V1);
        assertThat(text(read("HEAD:avtaler/x.yaml", repo))).isEqualTo(V2);
        assertThat(text(read("main:avtaler/x.yaml", repo))).isEqualTo(V2);
        assertThat(text(read("first:avtaler/x.yaml", repo))).isEqualTo(V1);
        assertThat(text(read("v1.0:avtaler/x.yaml", repo))).isEqualTo(V1);
        assertThat(text(read(first.name().substring(0, 8) + ":avtaler/x.yaml", repo))).isEqualTo(V1);
    }

    @Test
    void theResultNamesTheArgumentAndTheCommit() throws GitProblem {
        RevisionFile file = read("v1.0:avtaler/x.yaml", repo);
        assertThat(file.name()).isEqualTo("v1.0:avtaler/x.yaml");
        assertThat(file.revision()).isEqualTo(first.name()).hasSize(40);
    }

    @Test
    void aRelativePathIsInTheFolderGivenOrAbsolute() throws GitProblem {
        Path avtaler = repo.resolve("avtaler");
        assertThat(text(read("HEAD~1:x.yaml", avtaler))).isEqualTo(V1);
        assertThat(text(read("HEAD~1:../avtaler/x.yaml", avtaler))).isEqualTo(V1);
        assertThat(text(read("HEAD~1:" + avtaler.resolve("x.yaml").toAbsolutePath(), temp))).isEqualTo(V1);
    }

    @Test
    void aFileDeletedSinceIsStillReadAtItsRevision() throws IOException, GitProblem {
        Files.delete(repo.resolve("avtaler/x.yaml"));
        Files.delete(repo.resolve("avtaler"));
        assertThat(text(read("HEAD~1:avtaler/x.yaml", repo))).isEqualTo(V1);
    }

    @Test
    void anUnknownRevisionIsNamed() {
        assertThatThrownBy(() -> read("nosuch:avtaler/x.yaml", repo)).isInstanceOfSatisfying(GitProblem.class, p -> {
            assertThat(p.key()).isEqualTo("unknownRevision");
            assertThat(p.args()).containsEntry("revision", "nosuch");
            assertThat(p.message("en")).contains("nosuch").doesNotContain("{");
        });
        assertThat(problem(() -> read("HEAD~5:avtaler/x.yaml", repo)).key()).isEqualTo("unknownRevision");
        assertThat(problem(() -> read("HEAD^^{bad:avtaler/x.yaml", repo)).key()).isEqualTo("unknownRevision");
    }

    @Test
    void aFileMissingAtTheRevision() throws IOException, GitAPIException {
        write("avtaler/y.yaml", V1);
        commit("y");
        GitProblem problem = problem(() -> read("HEAD~1:avtaler/y.yaml", repo));
        assertThat(problem.key()).isEqualTo("notAtRevision");
        assertThat(problem.args()).isEqualTo(Map.of("path", "avtaler/y.yaml", "revision", "HEAD~1"));
        assertThat(problem.message("nb")).isEqualTo("avtaler/y.yaml fantes ikke i revisjonen HEAD~1. "
                + "Sjekk filnavnet og mappen, eller velg en revisjon der filen finnes.");
        assertThat(problem(() -> read("HEAD:avtaler", repo)).key()).isEqualTo("folder");
    }

    @Test
    void aFolderInNoRepository() throws IOException {
        Path plain = Files.createDirectory(temp.resolve("plain"));
        Files.writeString(plain.resolve("x.yaml"), V1);
        GitProblem problem = problem(() -> read("HEAD:x.yaml", plain));
        assertThat(problem.key()).isEqualTo("noRepository");
        assertThat(problem.args()).containsEntry("path", "x.yaml");
        assertThat(problem(() -> GitRevisions.changedSince("HEAD", List.of(plain), temp, temp, LIMIT)).key())
                .isEqualTo("noRepository");
    }

    @Test
    void aFileOverTheLimitIsNotLoaded() {
        GitProblem problem = problem(() -> GitRevisions.read("HEAD:avtaler/x.yaml", repo, temp, 5));
        assertThat(problem.key()).isEqualTo("tooBig");
        assertThat(problem.args()).containsEntry("size", Integer.toString(V2.length())).containsEntry("limit", "5");
    }

    @Test
    void aPathOutsideTheRepository() throws IOException {
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        // A repository whose working tree is configured to be elsewhere holds no file below its .git's folder.
        git.getRepository().getConfig().setString("core", null, "worktree", elsewhere.toString());
        git.getRepository().getConfig().save();
        assertThat(problem(() -> read("HEAD:avtaler/x.yaml", repo)).key()).isEqualTo("outsideRepository");
    }

    @Test
    void aSymbolicLinkOrASubmoduleIsNoAgreement() throws IOException, GitAPIException, GitProblem {
        Files.createSymbolicLink(repo.resolve("avtaler/lenke.yaml"), Path.of("x.yaml"));
        Path sub = Files.createDirectory(repo.resolve("sub.yaml"));
        try (Git inner = Git.init().setDirectory(sub.toFile()).call()) {
            Files.writeString(sub.resolve("a.yaml"), V1);
            inner.add().addFilepattern(".").call();
            inner.commit().setMessage("inner").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
        }
        commit("link and submodule");
        assertThat(problem(() -> read("HEAD:avtaler/lenke.yaml", repo)).key()).isEqualTo("symlink");
        assertThat(problem(() -> read("HEAD:sub.yaml", repo)).key()).isEqualTo("submodule");
        // The submodule's own files are read from its own repository.
        assertThat(text(read("HEAD:sub.yaml/a.yaml", repo))).isEqualTo(V1);
    }

    @Test
    void anArgumentNamesARevisionAndAPathUnlessAFileHasItsName() throws IOException {
        Files.writeString(temp.resolve("a:b.yaml"), V1);
        assertThat(GitRevisions.isRevisionPath("a:b.yaml", temp)).isFalse();
        assertThat(GitRevisions.isRevisionPath("C:\\x.yaml", temp)).isFalse();
        assertThat(GitRevisions.isRevisionPath("C:/x.yaml", temp)).isFalse();
        assertThat(GitRevisions.isRevisionPath(":x", temp)).isFalse();
        assertThat(GitRevisions.isRevisionPath("HEAD:", temp)).isFalse();
        assertThat(GitRevisions.isRevisionPath("x.yaml", temp)).isFalse();
        assertThat(GitRevisions.isRevisionPath("HEAD:x.yaml", temp)).isTrue();
        assertThat(GitRevisions.isRevisionPath("v1.0:avtaler/x.yaml", temp)).isTrue();
        assertThat(GitRevisions.isRevisionPath("HEAD:x.yaml")).isTrue();
    }

    @Test
    void everyAgreementChangedSinceARevisionInPathOrder() throws IOException, GitAPIException, GitProblem {
        write("avtaler/deleted.yaml", "slettet\n");
        write("avtaler/unchanged.yml", "uendret\n");
        write("avtaler/notes.txt", "old\n");
        write(".gitignore", "*.ignored.yaml\n");
        write(".github/workflows/ci.yml", "on: push\n");
        commit("base");
        write(".github/workflows/ci.yml", "on: pull_request\n");
        Files.delete(repo.resolve("avtaler/deleted.yaml"));
        write("avtaler/x.yaml", "id: x\nversjon: 3\n");
        write("avtaler/added.YAML", "ny\n");
        write("avtaler/build.ignored.yaml", "ignored\n");
        write("avtaler/notes.txt", "new\n");
        write("outside.yaml", "not under the path\n");

        List<ChangedFile> changed = GitRevisions.changedSince("HEAD", List.of(Path.of("avtaler")), repo, temp, LIMIT);

        Path avtaler = repo.resolve("avtaler").toRealPath();
        assertThat(changed).extracting(ChangedFile::path).containsExactly(
                avtaler.resolve("added.YAML"), avtaler.resolve("deleted.yaml"), avtaler.resolve("x.yaml"));
        ChangedFile added = changed.get(0);
        assertThat(added.oldName()).isNull();
        assertThat(added.oldBytes()).isNull();
        assertThat(added.deleted()).isFalse();
        assertThat(added.added()).isTrue();
        ChangedFile deleted = changed.get(1);
        assertThat(deleted.oldName()).isEqualTo("HEAD:avtaler/deleted.yaml");
        assertThat(text(deleted.oldBytes())).isEqualTo("slettet\n");
        assertThat(deleted.deleted()).isTrue();
        ChangedFile modified = changed.get(2);
        assertThat(modified.oldName()).isEqualTo("HEAD:avtaler/x.yaml");
        assertThat(text(modified.oldBytes())).isEqualTo(V2);
        assertThat(modified.deleted()).isFalse();

        // The whole repository, named twice, and a committed change counts as an uncommitted one does.
        commit("after");
        assertThat(GitRevisions.changedSince("HEAD~1", List.of(repo, repo.resolve("avtaler/x.yaml")), repo, temp, LIMIT))
                .extracting(ChangedFile::path).containsExactly(
                        avtaler.resolve("added.YAML"), avtaler.resolve("deleted.yaml"), avtaler.resolve("x.yaml"),
                        repo.toRealPath().resolve("outside.yaml"));
        assertThat(GitRevisions.changedSince("HEAD", List.of(repo), repo, temp, LIMIT)).isEmpty();
        // Hidden files hold tooling, as when a folder is validated, unless their path is named.
        assertThat(GitRevisions.changedSince("HEAD~1", List.of(repo.resolve(".github")), repo, temp, LIMIT))
                .extracting(ChangedFile::oldName).containsExactly("HEAD~1:.github/workflows/ci.yml");
    }

    @Test
    void aProblemIsWordedInEachLanguage() {
        GitProblem problem = problem(() -> read("nosuch:avtaler/x.yaml", repo));
        assertThat(problem.message("nb")).startsWith("Git-repoet ").contains("kjenner ikke revisjonen nosuch");
        assertThat(problem.message("nn")).contains("kjenner ikkje revisjonen nosuch");
        assertThat(problem.message("en")).contains("does not know the revision nosuch");
    }

    private RevisionFile read(String revisionPath, Path base) throws GitProblem {
        return GitRevisions.read(revisionPath, base, temp, LIMIT);
    }

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
    }

    private static String text(RevisionFile file) {
        return text(file.bytes());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }

    interface Failing {
        void run() throws Exception;
    }

    private static GitProblem problem(Failing call) {
        try {
            call.run();
        } catch (GitProblem problem) {
            return problem;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem");
    }
}
