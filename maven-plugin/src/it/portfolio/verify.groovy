def log = new File(basedir, 'build.log').text
assert log.contains('praksis: porteføljen har 3 avtaler, 3 i kraft, og 1 funn på tvers av dem')
assert log.contains('[WARNING] warning PORTFOLIO-ONE-WAY-IN Asker kommune (3203)')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/praksis-reports')
assert new File(reports, 'praksis-portfolio.txt').text.startsWith('Porteføljen per 2026-12-01: 3 avtaler, 3 i kraft')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'praksis-portfolio.json'))
assert json.summary.inForce == 3
assert json.capacity.size() == 36
assert json.findings*.ruleId == ['PORTFOLIO-ONE-WAY-IN']
def csv = new File(reports, 'praksis-portfolio.csv').readLines()
assert csv[0].startsWith('agreementId,path,')
assert csv.size() == 37
return true
