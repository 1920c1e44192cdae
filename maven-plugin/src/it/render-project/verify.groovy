def contracts = new File(basedir, 'target/praksis-contracts')
def pdf = new File(contracts, 'oslomet-baerum-helse-2026-v1.pdf')
assert pdf.exists()
assert pdf.bytes[0..4] == '%PDF-'.bytes.toList()
assert contracts.listFiles().length == 1
def log = new File(basedir, 'build.log').text
assert log.contains('agreements/ugyldig.yaml har feil og blir ikke gjengitt som kontrakt.')
assert log.contains('1 kontrakt skrevet til')
return true
