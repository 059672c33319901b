import groovy.json.JsonSlurper

// A failed build may skip sandbox-stop: never leave its servers running (they are detached).
def leftovers = dev.meshcode.maven.it.SandboxLeftovers.kill(basedir)
assert leftovers.isEmpty() : "still running after sandbox-stop (now killed): ${leftovers}"

def log = new File(basedir, 'build.log').text
assert !log.contains('\tat ')

// The reviewed plan: four creates, each observed as absent.
def plan = new JsonSlurper().parse(new File(basedir, 'target/mesh/plan.json'))
assert plan.summary.create == 4
assert plan.changes.size() == 4

// The other pipeline planned and applied in one go.
assert log.contains('No saved plan at ')
assert log.contains('planning and applying in one go.')
assert log.contains('Apply: 4 applied, 0 failed, 0 skipped.')

// The saved plan is refused: every resource it creates exists now. Nothing is applied twice.
def refused = log.substring(log.lastIndexOf('Applying the saved plan '))
assert refused.contains('error [stale-plan] The saved plan is stale: 4 resources changed since it was computed.')
['kafka_topic.trading.trades', 'kafka_topic.trading.quotes', 'schema.trading.trades-value',
 'schema_subject_config.trading.trades-value'].each { id ->
  assert refused =~ /${java.util.regex.Pattern.quote(id)} \(planned from absent, now [0-9a-f]+\)/
}
assert refused.contains('Run mesh:plan again, review the new plan, and apply that one.')
assert refused.contains('Nothing was applied.')
assert !refused.contains(' applied, 0 failed')
assert refused.contains('BUILD FAILURE')

assert log.contains('meshcode sandbox stopped: 1 Kafka broker and Apicurio Registry.')
true
