import groovy.json.JsonSlurper

// A failed build may skip sandbox-stop: never leave its servers running (they are detached).
def leftovers = dev.meshcode.maven.it.SandboxLeftovers.kill(basedir)
assert leftovers.isEmpty() : "still running after sandbox-stop (now killed): ${leftovers}"

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('\tat ')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert runs.size() == 3

// Revision 1: Kafka refuses the quotes topic; the independent changes are applied anyway, and the
// summary says exactly what failed and why.
def first = runs[0]
assert first.contains('Apply schema_subject_config: 1 applied, 0 failed, 0 skipped')
assert first.contains('Apply schema: 1 applied, 0 failed, 0 skipped')
assert first.contains('Apply kafka_topic: 1 applied, 1 failed, 0 skipped')
assert first.contains('Apply: 3 applied, 1 failed, 0 skipped.')
assert first.contains('failed  kafka_topic.trading.quotes: InvalidConfigurationException: Invalid value forever for configuration retention.ms')
assert first.contains('mesh:apply did not finish: 3 applied, 1 failed, 0 skipped.')
assert first.contains('Fix the causes, then run mesh:plan and mesh:apply again')
assert first.contains('BUILD FAILURE')

// Revision 2: what was applied shows as no change; only the quotes topic is left, then the plan
// right after the apply is empty.
def second = runs[1]
assert second.contains('+ kafka_topic.trading.quotes')
assert second.contains('Plan: 1 to create, 0 to update, 0 to replace, 0 to delete.')
assert !second.contains('+ kafka_topic.trading.trades')
assert !second.contains('schema.trading.trades-value')
assert second.contains('Apply: 1 applied, 0 failed, 0 skipped.')
assert second.contains('No changes. Live state matches the mesh.')
assert second.contains('BUILD SUCCESS')
def after = new JsonSlurper().parse(new File(basedir, 'target/mesh-v2/plan.json'))
assert after.changes.isEmpty()

assert runs[2].contains('meshcode sandbox stopped: 1 Kafka broker and Apicurio Registry.')
true
