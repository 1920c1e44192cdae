// Version 1 of the agreement committed, then a value changed in the working tree; the build
// compares with a revision that is not there.
evaluate(new File(basedir, '../../../src/it/git-repository.groovy'))
def agreement = new File(basedir, 'agreements/baerum/oslomet-baerum-helse-2026.yaml')
commitAgreements(basedir)
def text = agreement.getText('UTF-8')
assert text.contains('minimumPlacements: 12')
agreement.setText(text.replace('minimumPlacements: 12', 'minimumPlacements: 10'), 'UTF-8')
return true
