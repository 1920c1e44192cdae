def log = new File(basedir, 'build.log').text
// Each of the two files holds the error, naming the other.
assert log.contains('[ERROR] agreements/arkiv/kopi.yaml:6:10: error PORTFOLIO-DUPLICATE-VERSION Avtalen «oslomet-baerum-helse-2026» versjon 1 finnes også i agreements/baerum/oslomet-baerum-helse-2026.yaml.')
assert log.contains('[ERROR] agreements/baerum/oslomet-baerum-helse-2026.yaml:6:10: error PORTFOLIO-DUPLICATE-VERSION Avtalen «oslomet-baerum-helse-2026» versjon 1 finnes også i agreements/arkiv/kopi.yaml.')
assert log.contains('praksis: 2 filer kontrollert: 0 gyldige, 2 med feil. 2 feil, 0 advarsler, 0 merknader.')
assert log.contains('BUILD FAILURE')
return true
