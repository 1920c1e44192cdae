// Nine digits whose last is the modulus 11 check digit of the first eight (Brønnøysundregistrene).
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
module.exports = (value) => {
  if (typeof value !== 'string' || !/^[0-9]{9}$/.test(value)) {
    return []; // the schema reports the form
  }
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(value[8]) ? [] : [{ message: 'wrong check digit' }];
};
