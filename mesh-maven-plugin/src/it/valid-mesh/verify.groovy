import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] No problems found in ')
// Needs the real DescriptorLoader, which binds the one product.
assert log =~ /No problems found in \d+ files? \(1 product\)/

def json = new JsonSlurper().parse(new File(basedir, 'target/mesh/diagnostics.json'))
assert json.format_version == '1'
assert json.tool.name == 'meshcode'
assert json.summary.passed == true
assert json.summary.errors == 0
assert json.diagnostics.isEmpty()
assert json.summary.products == 1

def sarif = new JsonSlurper().parse(new File(basedir, 'target/mesh/diagnostics.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'meshcode'
assert sarif.runs[0].results.isEmpty()
true
