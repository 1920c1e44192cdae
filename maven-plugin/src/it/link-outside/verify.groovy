def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] agreements/nokler.yaml:1:1: error parse Filen nås gjennom en symbolsk lenke')
assert !log.contains('hunter2')
assert !new File(basedir, 'target/praksis-reports/praksis.json').text.contains('hunter2')
assert log.contains('BUILD FAILURE')
return true
