def log = new File(basedir, 'build.log').text
assert log.contains('praksis: avtalene kan ikke sammenlignes med baseRevision finnes-ikke: Git-repoet ')
assert log.contains(' kjenner ikke revisjonen finnes-ikke. ')
assert log.contains('Uten baseRevision (praksis.baseRevision) valideres avtalene uten sammenligning.')
// Said as a message, not a stack trace; no report is written for a run that could not compare.
assert !log.contains('GitProblem')
assert !log.contains('\tat no.praksis')
assert log.contains('BUILD FAILURE')
return true
