def log = new File(basedir, 'build.log').text
def size = new File(basedir, 'agreements/baerum/oslomet-baerum-helse-2026.yaml').length()
assert log.contains("[ERROR] agreements/baerum/oslomet-baerum-helse-2026.yaml:1:1: error parse Filen er på ${size} byte, mer enn grensen på 1000 byte.")
assert log.contains('praksis: 1 fil kontrollert: 0 gyldige, 1 med feil.')
assert log.contains('BUILD FAILURE')
return true
