def log = new File(basedir, 'build.log').text
assert log.contains('warning REPORT-2.6-USER-INVOLVEMENT')
assert log.contains('BUILD SUCCESS')
return true
