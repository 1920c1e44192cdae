import java.nio.file.Files
import java.nio.file.Path

// Made here rather than committed: the invoker copies projects, and links do not survive the copy.
Path project = basedir.toPath()
Path secret = project.resolveSibling('link-outside-secret')
Files.createDirectories(secret)
Files.writeString(secret.resolve('nokler.yaml'), 'AWS_SECRET_ACCESS_KEY: hunter2: [\n')
Path agreements = project.resolve('agreements')
if (!Files.exists(agreements, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
    Files.createSymbolicLink(agreements, Path.of('../link-outside-secret'))
}
return true
