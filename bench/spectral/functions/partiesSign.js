// The institution and every municipality that is a party have at least one signatory.
module.exports = (agreement, options, context) => {
  const signing = new Set((agreement.signatories || []).map((s) => s && s.party));
  const parties = ['institution', ...((agreement.parties || {}).municipalities || []).map((m) => m && m.id)];
  return parties.filter((party) => party !== undefined && !signing.has(party))
    .map((party) => ({ message: `${party} does not sign the agreement`, path: [...context.path, 'signatories'] }));
};
