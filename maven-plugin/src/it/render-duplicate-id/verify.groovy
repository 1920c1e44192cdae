def log = new File(basedir, 'build.log').text
assert log.contains('praksis: agreements/kopi.yaml har samme id og versjon som agreements/baerum.yaml (oslomet-baerum-helse-2026-v1.pdf); kontrakten ville skrevet over den forrige.')
assert log.contains('BUILD FAILURE')
return true
