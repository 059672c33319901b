import groovy.json.JsonSlurper

// A failed build may skip sandbox-stop: never leave its servers running (they are detached).
def leftovers = dev.meshcode.maven.it.SandboxLeftovers.kill(basedir)
assert leftovers.isEmpty() : "still running after sandbox-stop (now killed): ${leftovers}"

def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')
assert !log.contains('\tat ')

// First plan: the four creates, in phase order, with the override shown.
def first = new File(basedir, 'target/mesh/plan.txt').text
assert first.contains('+ schema_subject_config.trading.trades-value')
assert first.contains('compatibility: compatible at BACKWARD (new-subject)')
assert first.contains('+ kafka_topic.trading.quotes')
assert first.contains('replication_factor: 1  (override: maxReplicationFactor=1, declared 3)')
assert first.contains('config.retention.ms: 604800000')
assert first.contains('Plan: 4 to create, 0 to update, 0 to replace, 0 to delete.')
assert first.indexOf('schema_subject_config.trading.trades-value') < first.indexOf('+ schema.trading.trades-value')
assert first.indexOf('+ schema.trading.trades-value') < first.indexOf('+ kafka_topic.trading.trades')
def md = new File(basedir, 'target/mesh/plan.md').text
assert md.contains('trading.trades')
assert md.contains('trading.quotes')
def plan = new JsonSlurper().parse(new File(basedir, 'target/mesh/plan.json'))
assert plan.format_version == '1'
assert plan.summary.create == 4
assert plan.summary.update == 0
assert plan.diagnostics.isEmpty()
assert plan.changes.size() == 4

// Apply of the saved plan, phase by phase, then a plan with nothing to do.
assert log.contains('Applying the saved plan ')
assert log.contains('Apply schema_subject_config: 1 applied, 0 failed, 0 skipped')
assert log.contains('Apply schema: 1 applied, 0 failed, 0 skipped')
assert log.contains('Apply kafka_topic: 2 applied, 0 failed, 0 skipped')
assert log.contains('Apply: 4 applied, 0 failed, 0 skipped.')
assert log.contains('No changes. Live state matches the mesh.')
def after = new JsonSlurper().parse(new File(basedir, 'target/mesh-after/plan.json'))
assert after.summary.collect { k, v -> v }.every { it == 0 }
assert after.changes.isEmpty()
assert new File(basedir, 'target/mesh-after/plan.txt').text.contains('No changes.')

assert log.contains('meshcode sandbox stopped: 1 Kafka broker and Apicurio Registry.')

// The registry password (from MESH_IT_SECRET) was used, yet it is in no output: not in the log,
// not in any file the goals wrote. The user name is not a secret, but no plan carries it either.
def secret = 's3cr3t-7f1c9e2ad04b-meshcode-it'
assert !log.contains(secret)
def written = []
['target/mesh', 'target/mesh-after'].each { dir ->
  new File(basedir, dir).eachFileRecurse(groovy.io.FileType.FILES) { written << it }
}
assert written.size() >= 10
written.each { f ->
  def text = f.text
  assert !text.contains(secret) : "${f} holds the registry password"
}
['target/mesh/plan.json', 'target/mesh/plan.md', 'target/mesh/plan.txt'].each { name ->
  def text = new File(basedir, name).text
  assert !text.contains('meshcode-it') : "${name} names the registry user"
  assert !text.toLowerCase().contains('password')
  assert !text.contains('MESH_IT_SECRET')
}
true
