import groovy.json.JsonSlurper

// A failed build may skip sandbox-stop: never leave its servers running (they are detached).
def leftovers = dev.meshcode.maven.it.SandboxLeftovers.kill(basedir)
assert leftovers.isEmpty() : "still running after sandbox-stop (now killed): ${leftovers}"

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('\tat ')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert runs.size() == 4

// Revision 1: schema v1 and both topics.
assert runs[0].contains('Apply: 4 applied, 0 failed, 0 skipped.')
assert runs[0].contains('BUILD SUCCESS')

// Revision 2: the registry's verdict is in the plan, and a plan with errors is not applied at all,
// not even the independent topic of trading.orders.
def v2 = runs[1]
assert v2.contains('(already running)')
assert v2.contains('error[schema-incompatible] domains/trading/trades/product.yaml:15:3: The new schema of schema.trading.trades-value is not BACKWARD compatible with the registered versions.')
// logged at [ERROR], so CI log filters see it
assert v2.contains('[ERROR]   error[schema-incompatible] domains/trading/trades/product.yaml:15:3:')
assert v2.contains('compatibility: INCOMPATIBLE at BACKWARD (registry)')
assert v2.contains('+ kafka_topic.trading.orders')
assert v2.contains('Plan: 1 to create, 1 to update, 0 to replace, 0 to delete.')
assert !v2.contains('Apply kafka_topic')
assert v2.contains("Nothing was applied: 1 error for environment 'sandbox'")
assert v2.contains('BUILD FAILURE')
def diagnostics = new JsonSlurper().parse(new File(basedir, 'target/mesh-v2/diagnostics.json'))
assert diagnostics.diagnostics*.code == ['schema-incompatible']
assert !new File(basedir, 'target/mesh-v2/plan.json').exists()

// Revision 3: the compatible schema is registered as a new version, the orders topic (still
// missing, so revision 2 changed nothing) is created, and a plan right after is empty.
def v3 = runs[2]
assert v3.contains('compatibility: compatible at BACKWARD (registry)')
assert v3.contains('+ kafka_topic.trading.orders')
assert v3.contains('Apply schema: 1 applied, 0 failed, 0 skipped')
assert v3.contains('Apply kafka_topic: 1 applied, 0 failed, 0 skipped')
assert v3.contains('Apply: 2 applied, 0 failed, 0 skipped.')
assert v3.contains('No changes. Live state matches the mesh.')
assert v3.contains('BUILD SUCCESS')
def after = new JsonSlurper().parse(new File(basedir, 'target/mesh-v3/plan.json'))
assert after.changes.isEmpty()

assert runs[3].contains('meshcode sandbox stopped: 1 Kafka broker and Apicurio Registry.')
true
