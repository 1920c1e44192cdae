def log = new File(basedir, 'build.log').text
// The files are checked in path order: arkiv/kopi.yaml first, so the copy found is baerum's file.
assert log.contains('[ERROR] agreements/baerum/oslomet-baerum-helse-2026.yaml:6:10: error PORTFOLIO-DUPLICATE-VERSION Avtalen «oslomet-baerum-helse-2026» versjon 1 finnes også i agreements/arkiv/kopi.yaml (linje 6).')
assert log.contains('praksis: 2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.')
assert log.contains('BUILD FAILURE')
return true
