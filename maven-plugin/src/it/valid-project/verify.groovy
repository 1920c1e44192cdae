def log = new File(basedir, 'build.log').text
assert log.contains('praksis: 1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 advarsler, 0 merknader.')
assert !log.contains('ci.yml')
def reports = new File(basedir, 'target/praksis-reports')
assert new File(reports, 'praksis.json').text.contains('"agreementId": "oslomet-baerum-helse-2026"')
assert new File(reports, 'praksis.sarif').text.contains('"version": "2.1.0"')
assert !new File(reports, 'praksis-junit.xml').exists()
return true
