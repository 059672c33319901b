// A failed build may skip sandbox-stop: never leave its servers running (they are detached).
def leftovers = dev.meshcode.maven.it.SandboxLeftovers.kill(basedir)
assert leftovers.isEmpty() : "still running after sandbox-stop (now killed): ${leftovers}"

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// First start: both servers started, the missing Environment written.
assert log =~ /Kafka 1 broker   127\.0\.0\.1:\d+\n/
assert log =~ /Apicurio Registry \S+  http:\/\/127\.0\.0\.1:\d+\/apis\/ccompat\/v7\n/
assert log.contains('sandbox.yaml written (it was missing).')
assert log.contains('mvn mesh:plan -Dmesh.environment=sandbox')
// Second start: attached to both, and left the Environment alone.
assert log =~ /Kafka 1 broker   127\.0\.0\.1:\d+   \(already running\)/
assert log =~ /\/apis\/ccompat\/v7   \(already running\)/
assert log.contains('sandbox.yaml already points at these addresses.')
// Stop.
assert log.contains('meshcode sandbox stopped: 1 Kafka broker and Apicurio Registry.')

def root = new File(basedir, 'target/mesh-sandbox')
def endpoints = new Properties()
new File(root, 'sandbox.properties').withInputStream { endpoints.load(it) }
def env = new File(basedir, 'environments/sandbox.yaml').text
assert env.contains("  bootstrapServers: ${endpoints['kafka.bootstrap']}\n")
assert env.contains("  url: ${endpoints['registry.url']}\n")
assert env.contains('name: sandbox')

// Stopped, data kept: the state files say so and no recorded process runs any more.
def kafka = new Properties()
new File(root, 'kafka/kafka-state.properties').withInputStream { kafka.load(it) }
assert kafka['node.1.pid'] == '-1'
assert new File(root, 'kafka/node-1/data').isDirectory()
assert !new File(root, 'registry/registry.properties').exists()
def registry = new Properties()
new File(root, 'registry/registry.last.properties').withInputStream { registry.load(it) }
assert !ProcessHandle.of(registry['pid'] as long).map { it.isAlive() }.orElse(false)
true
