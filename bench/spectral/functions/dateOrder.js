// The date in options.to is after (strict) or not before the date in options.from. Dates are
// ISO strings, so they compare as text; missing or malformed dates are the schema's to report.
const ISO = /^\d{4}-\d{2}-\d{2}$/;
module.exports = (object, options, context) => {
  const from = object && object[options.from];
  const to = object && object[options.to];
  if (!ISO.test(String(from)) || !ISO.test(String(to))) {
    return [];
  }
  const wrong = options.strict ? to <= from : to < from;
  return wrong ? [{ message: `${options.to} ${to} is not after ${options.from} ${from}`,
    path: [...context.path, options.to] }] : [];
};
