def log = new File(basedir, 'build.log').text
['directory', 'includes', 'excludes', 'failOn', 'skip', 'language', 'asOf', 'reportsDirectory', 'junit', 'baseRevision'].each {
  assert log.contains(it + '\n') || log.contains(it + ' ') || log.contains(it), it
}
assert log.contains('praksis.failOn')
assert log.contains('praksis.baseRevision')
assert log.contains('The lowest severity that fails the build')
return true
