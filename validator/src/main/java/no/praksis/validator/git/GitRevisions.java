package no.praksis.validator.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import no.praksis.validator.AgreementFiles;

/**
 * Agreement files as they were at a git revision, read from the repository itself with JGit: the
 * tool must work where no git program is installed, and {@code praksis diff} compares a version in
 * git with another, or every agreement a pull request changes with its version before.
 *
 * <p>A path is a path on disk, relative to the current folder, also in {@code REV:PATH}: a user who
 * names a file as the shell completes it gets that file. (Git itself reads {@code REV:PATH} relative
 * to the top of the repository unless the path starts with {@code ./}.) The repository is the one
 * that holds the file, found by walking up from it as git does.
 *
 * <p>Every method opens and closes its own repository, so they may be called from many threads.
 */
public final class GitRevisions {

    /** A Windows path with a drive, which has a colon but names a file. */
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:[\\\\/].*", Pattern.DOTALL);

    /** The longest array Java makes; a blob beyond it is too big whatever the limit. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    /** The trees of {@link #changedSince}'s walk. */
    private static final int OLD = 0;
    private static final int INDEX = 1;
    private static final int WORK = 2;

    private GitRevisions() {
    }

    /**
     * Whether the argument names {@code REV:PATH} rather than a file, so that a command can take
     * either: not when a file of that exact name exists (a colon is allowed in a file name), not a
     * Windows path with a drive ({@code C:\x}, {@code C:/x}), and the revision and the path must both
     * be non-empty.
     */
    public static boolean isRevisionPath(String argument) {
        return isRevisionPath(argument, Path.of(""));
    }

    /** {@link #isRevisionPath(String)} with a relative file looked for in {@code base}. */
    public static boolean isRevisionPath(String argument, Path base) {
        if (argument == null || DRIVE.matcher(argument).matches() || RevisionPath.of(argument) == null) {
            return false;
        }
        try {
            return !Files.exists(base.resolve(argument));
        } catch (InvalidPathException e) {
            // Windows allows no colon in a file name: the argument names no file.
            return true;
        }
    }

    /**
     * The file at PATH as it was at REV (anything JGit resolves: {@code HEAD~1}, a branch, a tag, a
     * commit id, whole or abbreviated), with a relative PATH in the current folder.
     *
     * @param maxBytes the largest file read: the blob's size is checked before it is loaded, so that
     *                 a huge file in the history cannot exhaust the memory
     * @throws IllegalArgumentException when the argument is not {@code REV:PATH}; ask
     *                                  {@link #isRevisionPath} first
     */
    public static RevisionFile read(String revisionPath, long maxBytes) throws GitProblem {
        return read(revisionPath, Path.of(""), maxBytes);
    }

    /** {@link #read(String, long)} with a relative PATH in {@code base}. */
    public static RevisionFile read(String revisionPath, Path base, long maxBytes) throws GitProblem {
        return read(revisionPath, base, null, maxBytes);
    }

    /** {@link #read(String, Path, long)} finding no repository at or above {@code ceiling}, for tests. */
    static RevisionFile read(String revisionPath, Path base, Path ceiling, long maxBytes) throws GitProblem {
        RevisionPath spec = RevisionPath.of(revisionPath);
        if (spec == null) {
            throw new IllegalArgumentException("not REV:PATH: " + revisionPath);
        }
        Path file = onDisk(base.resolve(spec.path()));
        // Found from the folder that holds the file: a submodule is then its superproject's entry.
        Path folder = file.getParent() == null ? file : file.getParent();
        try (Repository repository = open(folder, spec.path(), ceiling); RevWalk walk = new RevWalk(repository)) {
            String relative = relative(repository, file, spec.path());
            RevCommit commit = commit(repository, walk, spec.revision());
            if (relative.isEmpty()) {
                throw new GitProblem("folder", Map.of("path", spec.path(), "revision", spec.revision()));
            }
            try (TreeWalk tree = TreeWalk.forPath(repository, relative, commit.getTree())) {
                if (tree == null) {
                    throw new GitProblem("notAtRevision", Map.of("path", spec.path(), "revision", spec.revision()));
                }
                Map<String, String> args = Map.of("path", spec.path(), "revision", spec.revision());
                switch (tree.getRawMode(0) & FileMode.TYPE_MASK) {
                    case FileMode.TYPE_FILE -> {
                        return new RevisionFile(revisionPath, commit.name(), load(walk.getObjectReader(),
                                tree.getObjectId(0), spec.path(), spec.revision(), maxBytes));
                    }
                    case FileMode.TYPE_TREE -> throw new GitProblem("folder", args);
                    case FileMode.TYPE_SYMLINK -> throw new GitProblem("symlink", args);
                    default -> throw new GitProblem("submodule", args);
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Every agreement file under {@code paths} (files or folders on disk) that differs between REV
     * and the working tree as it is now, committed or not: changed, added (also untracked, unless git
     * ignores it) or deleted, in path order. Agreement files are those a validation of the same paths
     * finds ({@link AgreementFiles}: {@code *.yaml} and {@code *.yml}, nothing hidden below a path
     * named), so that the pull-request check compares what it validates. A rename is a deletion and
     * an addition. An entry that is a symbolic link or a submodule is no agreement file, at REV or
     * on disk.
     *
     * @param maxBytes the largest old version read (see {@link #read(String, long)})
     */
    public static List<ChangedFile> changedSince(String rev, List<Path> paths, long maxBytes) throws GitProblem {
        return changedSince(rev, paths, Path.of(""), null, maxBytes);
    }

    /**
     * {@link #changedSince(String, List, long)} with relative paths, and the old versions' names, in
     * {@code base}, finding no repository at or above {@code ceiling}, for tests.
     */
    static List<ChangedFile> changedSince(String rev, List<Path> paths, Path base, Path ceiling, long maxBytes)
            throws GitProblem {
        // Keyed by the file, so that a file under two of the paths is reported once.
        Map<Path, ChangedFile> changed = new TreeMap<>();
        for (Path given : paths) {
            Path path = onDisk(base.resolve(given));
            try (Repository repository = open(path, given.toString(), ceiling); RevWalk walk = new RevWalk(repository)) {
                String relative = relative(repository, path, given.toString());
                RevCommit commit = commit(repository, walk, rev);
                Path workTree = repository.getWorkTree().toPath().toRealPath();
                Path shownFrom = onDisk(base);
                try (TreeWalk tree = new TreeWalk(repository, walk.getObjectReader())) {
                    tree.addTree(commit.getTree());
                    tree.addTree(new DirCacheIterator(repository.readDirCache()));
                    FileTreeIterator work = new FileTreeIterator(repository);
                    tree.addTree(work);
                    // The index tells a tracked file from an untracked one, and spares hashing unchanged files.
                    work.setDirCacheIterator(tree, INDEX);
                    if (!relative.isEmpty()) {
                        tree.setFilter(PathFilter.create(relative));
                    }
                    while (tree.next()) {
                        // As on disk (AgreementFiles): what is hidden below a path named holds tooling, not agreements.
                        String entry = tree.getPathString();
                        boolean named = entry.equals(relative) || relative.startsWith(entry + "/");
                        if (!named && tree.getNameString().startsWith(".")
                                || !tree.isSubtree() && !AgreementFiles.isAgreementFile(tree.getNameString())) {
                            continue;
                        }
                        boolean atOld = tree.getRawMode(OLD) != 0;
                        boolean tracked = tree.getRawMode(INDEX) != 0;
                        WorkingTreeIterator disk = tree.getTree(WORK, WorkingTreeIterator.class);
                        boolean counted = disk != null && (tracked || !disk.isEntryIgnored());
                        if (tree.isSubtree()) {
                            // An ignored folder (build output, say) is not walked at all.
                            if (atOld || tracked || counted) {
                                tree.enterSubtree();
                            }
                            continue;
                        }
                        boolean before = isFile(tree.getRawMode(OLD));
                        boolean now = counted && isFile(tree.getRawMode(WORK));
                        if (!before && !now || before && now && tree.idEqual(OLD, WORK)) {
                            continue;
                        }
                        Path file = workTree.resolve(tree.getPathString());
                        String oldPath = before ? shown(shownFrom, file) : null;
                        changed.put(file, new ChangedFile(file, before ? rev + ":" + oldPath : null,
                                before ? load(walk.getObjectReader(), tree.getObjectId(OLD), oldPath, rev, maxBytes) : null,
                                !now));
                    }
                }
            } catch (IOException e) {
                throw unreadable(path, e);
            }
        }
        return List.copyOf(changed.values());
    }

    /** A regular or executable file: neither a symbolic link, nor a submodule, nor a folder. */
    private static boolean isFile(int rawMode) {
        return (rawMode & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
    }

    /** The repository found walking up from {@code start}, as git finds it; never a bare one. */
    private static Repository open(Path start, String shown, Path ceiling) throws GitProblem, IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (ceiling != null) {
            builder.addCeilingDirectory(ceiling.toRealPath().toFile());
        }
        Path folder = start;
        while (folder != null && !Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        if (folder != null) {
            builder.findGitDir(folder.toFile());
        }
        if (builder.getGitDir() == null) {
            throw new GitProblem("noRepository", Map.of("path", shown));
        }
        Repository repository = builder.build();
        if (repository.isBare()) {
            repository.close();
            throw new GitProblem("noRepository", Map.of("path", shown));
        }
        return repository;
    }

    /** {@code file}'s path in the repository, with {@code /} between names as git writes it. */
    private static String relative(Repository repository, Path file, String shown) throws GitProblem, IOException {
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        if (!file.startsWith(workTree)) {
            throw new GitProblem("outsideRepository", Map.of("path", shown, "repository", workTree.toString()));
        }
        return slashed(workTree.relativize(file));
    }

    private static String slashed(Path path) {
        StringBuilder names = new StringBuilder();
        for (Path name : path) {
            names.append(names.isEmpty() ? "" : "/").append(name);
        }
        return names.toString();
    }

    /**
     * {@code path} absolute, with the symbolic links of its folders resolved, as the repository's
     * working tree is: else {@code /tmp/x} and {@code /private/tmp/x} would be two places. The last
     * name is kept when it is not a folder: a file that is a link is read at its own path.
     */
    private static Path onDisk(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing.getParent() != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** {@code file} as the user would name it: relative to {@code from} when it can be. */
    private static String shown(Path from, Path file) {
        try {
            return slashed(from.relativize(file));
        } catch (IllegalArgumentException e) {
            // On another drive than the current folder.
            return file.toString();
        }
    }

    /** The commit {@code revision} names, whatever kind of name it is. */
    private static RevCommit commit(Repository repository, RevWalk walk, String revision) throws GitProblem, IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException | AmbiguousObjectException | IncorrectObjectTypeException e) {
            // Also an abbreviated id that fits several objects, or a tag of something else than a commit.
            throw new GitProblem("unknownRevision", Map.of("revision", revision,
                    "repository", repository.getWorkTree().toString()), e);
        }
        if (id == null) {
            throw new GitProblem("unknownRevision", Map.of("revision", revision,
                    "repository", repository.getWorkTree().toString()));
        }
        return walk.parseCommit(id);
    }

    /** A blob's bytes, its size checked first. */
    private static byte[] load(ObjectReader reader, ObjectId blob, String path, String revision, long maxBytes)
            throws GitProblem, IOException {
        ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
        long size = loader.getSize();
        if (size > maxBytes || size > LARGEST_ARRAY) {
            throw new GitProblem("tooBig", Map.of("path", path, "revision", revision,
                    "size", Long.toString(size), "limit", Long.toString(maxBytes)));
        }
        return loader.getBytes((int) size);
    }

    private static GitProblem unreadable(Path file, IOException e) {
        return new GitProblem("unreadable", Map.of("path", file.toString()), e);
    }

    /** An argument split at its first colon: a revision name has none, a file name may. */
    private record RevisionPath(String revision, String path) {
        static RevisionPath of(String argument) {
            int colon = argument.indexOf(':');
            return colon <= 0 || colon == argument.length() - 1 ? null
                    : new RevisionPath(argument.substring(0, colon), argument.substring(colon + 1));
        }
    }
}
