// No two entries of the list have the same options.key.
module.exports = (list, options, context) => {
  if (!Array.isArray(list)) {
    return [];
  }
  const seen = new Set();
  const results = [];
  list.forEach((entry, index) => {
    const key = entry && entry[options.key];
    if (key === undefined) {
      return;
    }
    if (seen.has(key)) {
      results.push({ message: `${options.key} ${key} is used twice`, path: [...context.path, index, options.key] });
    }
    seen.add(key);
  });
  return results;
};
