def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('praksis: 1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 advarsler, 0 merknader.')
assert log.contains('Start Maven med LC_ALL=C.UTF-8')
assert log.contains('BUILD SUCCESS')
return true
