def log = new File(basedir, 'build.log').text
assert log.contains('praksis: 1 file checked: 1 valid, 0 with errors.')
def junit = new File(basedir, 'target/rapporter/praksis-junit.xml')
assert junit.exists()
def xml = new groovy.xml.XmlSlurper().parse(junit)
assert xml.testsuite.size() == 1
assert xml.testsuite[0].@name == 'avtaler/baerum.avtale.yaml'
assert xml.testsuite[0].testcase.size() > 50
assert new File(basedir, 'target/rapporter/praksis.sarif').exists()
return true
