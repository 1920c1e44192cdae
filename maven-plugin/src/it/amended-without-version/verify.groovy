def log = new File(basedir, 'build.log').text
assert log.contains('praksis: avtalene som er endret siden HEAD, er sammenlignet med versjonene der.')
assert log.contains('[ERROR] agreements/baerum/oslomet-baerum-helse-2026.yaml:6:10: error DIFF-VERSION-NOT-RAISED Avtalen er endret (1 endringer, 1 av dem vesentlige) siden den forrige filen, men har fortsatt versjon 1.')
assert log.contains('praksis: 1 fil kontrollert: 0 gyldige, 1 med feil. 1 feil, 0 advarsler, 0 merknader.')
// The finding is in the goal's reports too.
def reports = new File(basedir, 'target/praksis-reports')
assert new File(reports, 'praksis.json').text.contains('"ruleId": "DIFF-VERSION-NOT-RAISED"')
assert new File(reports, 'praksis.sarif').text.contains('DIFF-VERSION-NOT-RAISED')
assert log.contains('BUILD FAILURE')
return true
