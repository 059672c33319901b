def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The policy engine reports the missing description as the warning metadata/description.
assert log =~ /\[WARNING\] domains\/trading\/trades\/product\.yaml:\d+(:\d+)?: warning \[metadata\/description\] /
assert log.contains('Mesh validation failed on warnings (failOnWarnings is true): 0 errors, 1 warning in ')
assert new File(basedir, 'target/mesh/diagnostics.sarif').isFile()
true
