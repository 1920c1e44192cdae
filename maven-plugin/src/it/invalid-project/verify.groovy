def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] agreements/baerum.yaml:85:13: error CONSISTENCY-SITE-REFERENCE Praksisstedet «bolig-og-omsorg-nord» er ikke oppført')
assert log.contains('praksis: 1 fil kontrollert: 0 gyldige, 1 med feil. 1 feil, 0 advarsler, 0 merknader.')
assert log.contains('BUILD FAILURE')
def json = new File(basedir, 'target/praksis-reports/praksis.json').text
assert json.contains('"ruleId": "CONSISTENCY-SITE-REFERENCE"')
assert json.contains('"line": 85')
assert new File(basedir, 'target/praksis-reports/praksis.sarif').text.contains('"startLine": 85')
return true
