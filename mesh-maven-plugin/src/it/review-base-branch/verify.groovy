import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('\tat ')

// The deleted product is an error at its descriptor in the base, the dropped field a warning at
// the record that held it; both printed with file:line:col at their level.
assert log =~ /\[ERROR\] domains\/trading\/quotes\/product\.yaml:\d+:\d+: error \[lifecycle-removed-without-retirement\] The published product trading\.quotes was removed without being retired/
assert log =~ /\[WARNING\] domains\/trading\/trades\/trades\.avsc:\d+:\d+: warning \[schema-upgrade-order\] The value schema change of trading\.trades at `Trade\.quantity` is BACKWARD compatible/
assert log.contains('Review against main (')
assert log.contains('BUILD FAILURE')

// One pull-request comment names both, with their lines.
def review = new File(basedir, 'target/mesh/review.md').text
assert review.contains('Compared with main (')
assert review =~ /`trading\.quotes` \| removed/
assert review =~ /`domains\/trading\/quotes\/product\.yaml:\d+:\d+`/
assert review =~ /`domains\/trading\/trades\/trades\.avsc:\d+:\d+`/
assert review.contains('quantity')

// SARIF anchors both findings to their lines.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/mesh/diagnostics.sarif'))
def anchors = sarif.runs[0].results.collect { r ->
  def at = r.locations[0].physicalLocation
  "${r.ruleId} ${at.artifactLocation.uri}:${at.region.startLine}"
}
assert anchors.any { it ==~ /lifecycle-removed-without-retirement domains\/trading\/quotes\/product\.yaml:\d+/ } : anchors
assert anchors.any { it ==~ /schema-upgrade-order domains\/trading\/trades\/trades\.avsc:\d+/ } : anchors
true
