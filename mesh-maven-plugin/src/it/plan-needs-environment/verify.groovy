def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('No environment was chosen to plan against. Choose it with -Dmesh.environment=NAME')
assert log.contains('Declared environments: sandbox.')
assert !new File(basedir, 'target/mesh/plan.json').exists()
true
