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
def html = new File(reports, 'praksis-portfolio.html').text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<html lang="nb">')
assert html.contains("Content-Security-Policy\" content=\"default-src 'none'")
// The charts: a bar chart per programme and per municipality in each of the three cycles, and the årshjul.
assert html.count('<svg role="img"') == 2 * 3 + 1
assert html.contains('class="bar-chart" id="chart-1" data-kind="programme"')
assert html.contains('<g class="heat-cell"')
assert html.contains('Asker kommune (3203)')
return true
