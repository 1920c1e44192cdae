import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.Config
import org.eclipse.jgit.lib.PersonIdent
import org.eclipse.jgit.storage.file.FileBasedConfig
import org.eclipse.jgit.util.FS
import org.eclipse.jgit.util.SystemReader

// A repository with version 1 of the agreement committed, then a value changed in the working tree
// with the version left at 1.
def agreement = new File(basedir, 'agreements/baerum/oslomet-baerum-helse-2026.yaml')
def author = new PersonIdent('Praksis IT', 'it@example.org', new Date(1767225600000L), TimeZone.getTimeZone('UTC'))
// JGit's own configuration (how finely the file system keeps time) is kept in the project, not
// written to the home folder, and the machine's git settings change nothing; restored afterwards.
def machine = SystemReader.getInstance()
def config = new File(basedir, 'target/git-config')
SystemReader.setInstance(new SystemReader.Delegate(machine) {
    FileBasedConfig openUserConfig(Config parent, FS fs) { new FileBasedConfig(parent, new File(config, 'user'), fs) }
    FileBasedConfig openSystemConfig(Config parent, FS fs) { new FileBasedConfig(parent, new File(config, 'system'), fs) }
    FileBasedConfig openJGitConfig(Config parent, FS fs) { new FileBasedConfig(parent, new File(config, 'jgit'), fs) }
})
try {
    Git git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
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
def text = agreement.getText('UTF-8')
assert text.contains('minimumPlacements: 12')
agreement.setText(text.replace('minimumPlacements: 12', 'minimumPlacements: 10'), 'UTF-8')
return true
