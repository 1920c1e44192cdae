// The value is the key of an entry of a list elsewhere in the document (options.list, a dotted
// path from the root; options.key, the entry's field), or one of options.also.
module.exports = (value, options, context) => {
  let list = context.document.data;
  for (const step of options.list.split('.')) {
    list = list == null ? undefined : list[step];
  }
  const keys = new Set((Array.isArray(list) ? list : []).map((entry) => entry && entry[options.key]));
  if (keys.has(value) || (options.also || []).includes(value)) {
    return [];
  }
  return [{ message: `${value} is not listed under ${options.list}` }];
};
