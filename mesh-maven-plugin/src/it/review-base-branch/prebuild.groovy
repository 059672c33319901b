import java.time.Instant
import java.time.ZoneOffset
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// The fixture as a repository: the mesh committed on main, then a feature branch under review.
// JGit comes with the plugin's dependencies (the invoker's addTestClassPath).
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
def who = new PersonIdent('Mesh Tester', 'tester@meshcode.dev', Instant.parse('2026-11-24T10:00:00Z'), ZoneOffset.UTC)
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
  git.add().addFilepattern('.').call()
  git.commit().setMessage('the mesh').setAuthor(who).setCommitter(who).setSign(false).call()
  git.checkout().setCreateBranch(true).setName('feature').call()
  // Drop `quantity` (no default) from the BACKWARD trades schema, and delete the published quotes.
  def schema = new File(basedir, 'domains/trading/trades/trades.avsc')
  schema.text = schema.text.replace(',\n    {"name": "quantity", "type": "int"}', '')
  assert !schema.text.contains('quantity')
  new File(basedir, 'domains/trading/quotes/product.yaml').delete()
  git.add().addFilepattern('.').call()
  git.add().setUpdate(true).addFilepattern('.').call()
  git.commit().setMessage('drop quantity, remove quotes').setAuthor(who).setCommitter(who).setSign(false).call()
} finally {
  git.close()
}
true
