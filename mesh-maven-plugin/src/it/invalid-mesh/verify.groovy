import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Mesh validation failed: ')
assert log.contains('Fix the descriptors at the file:line:col locations listed above')
// The misspelled key 'partitons' sits at line 9, column 3 (descriptor loader: unknown-field).
assert log.contains('[ERROR] domains/trading/trades/product.yaml:9:3: error [unknown-field] ')
// No owner (descriptor loader: missing-field); the location is the product document.
assert log =~ /\[ERROR\] domains\/trading\/trades\/product\.yaml:\d+(:\d+)?: error \[missing-field\] /
// A user mistake is a BUILD FAILURE, never a stack trace.
assert !log.contains('\tat ')

// The reports are written even when the build fails, so CI can upload them.
def json = new JsonSlurper().parse(new File(basedir, 'target/mesh/diagnostics.json'))
assert json.summary.passed == false
assert json.diagnostics*.code.containsAll(['missing-field', 'unknown-field'])
def sarif = new JsonSlurper().parse(new File(basedir, 'target/mesh/diagnostics.sarif'))
def unknown = sarif.runs[0].results.find { it.ruleId == 'unknown-field' }
assert unknown.level == 'error'
assert unknown.locations[0].physicalLocation.region.startLine == 9
true
