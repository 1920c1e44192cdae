def log = new File(basedir, 'build.log').text
assert log.contains('praksis: avtalene som er endret siden HEAD, er sammenlignet med versjonene der.')
assert !log.contains('DIFF-')
assert log.contains('praksis: 1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 advarsler, 0 merknader.')
assert log.contains('BUILD SUCCESS')
// JGit wrote nothing into the (build's) home configuration.
assert !new File(basedir, '../../it-config/jgit/config').exists()
return true
