// Version 1 of the agreement committed, then a value changed in the working tree and the version
// raised to 2.
evaluate(new File(basedir, '../../../src/it/git-repository.groovy'))
def agreement = new File(basedir, 'agreements/baerum/oslomet-baerum-helse-2026.yaml')
commitAgreements(basedir)
def text = agreement.getText('UTF-8')
assert text.contains('minimumPlacements: 12')
assert text.contains('\nversion: 1\n')
agreement.setText(text.replace('minimumPlacements: 12', 'minimumPlacements: 10').replace('\nversion: 1\n', '\nversion: 2\n'), 'UTF-8')
return true
