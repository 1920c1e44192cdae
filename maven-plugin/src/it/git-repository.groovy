// Shared by the ITs that compare with a git revision (prebuild.groovy: evaluate this file, then call
// commitAgreements(basedir)). Makes the project a git repository with its agreements committed as
// they are, with JGit, as no git program is assumed.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.Config
import org.eclipse.jgit.lib.PersonIdent
import org.eclipse.jgit.storage.file.FileBasedConfig
import org.eclipse.jgit.util.FS
import org.eclipse.jgit.util.SystemReader

commitAgreements = { File project ->
    def author = new PersonIdent('Praksis IT', 'it@example.org', new Date(1767225600000L), TimeZone.getTimeZone('UTC'))
    // JGit's own configuration (how finely the file system keeps time) is kept in the project, not
    // written to the home folder, and the machine's git settings change nothing; restored afterwards.
    def machine = SystemReader.getInstance()
    def config = new File(project, 'target/git-config')
    SystemReader.setInstance(new SystemReader.Delegate(machine) {
        FileBasedConfig openUserConfig(Config parent, FS fs) { new FileBasedConfig(parent, new File(config, 'user'), fs) }
        FileBasedConfig openSystemConfig(Config parent, FS fs) { new FileBasedConfig(parent, new File(config, 'system'), fs) }
        FileBasedConfig openJGitConfig(Config parent, FS fs) { new FileBasedConfig(parent, new File(config, 'jgit'), fs) }
    })
    try {
        Git git = Git.init().setDirectory(project).setInitialBranch('main').call()
        try {
            git.add().addFilepattern('agreements').call()
            git.commit().setMessage('Versjon 1').setAuthor(author).setCommitter(author).setSign(false)
                    .setNoVerify(true).call()
        } finally {
            git.close()
        }
    } finally {
        SystemReader.setInstance(machine)
    }
}
