// The agreement against the format's JSON Schema, the file praksis ships, through Spectral's own
// schema function. A YAML ruleset cannot $ref a schema file (Spectral 6.16 then checks nothing,
// silently), and its bundler neither imports JSON nor defines __dirname, so the file is read from
// the repository root (where bench/run runs Spectral), or from PRAKSIS_SCHEMA when set. The bundler
// then warns on standard error that 'fs' is external: that is what is meant.
const fs = require('fs');
const { schema } = require('@stoplight/spectral-functions');

const file = process.env.PRAKSIS_SCHEMA || 'schema/praksisavtale-v1.schema.json';
const format = JSON.parse(fs.readFileSync(file, 'utf8'));

module.exports = (document, options, context) =>
  schema(document, { schema: format, dialect: 'draft2020-12', allErrors: true }, context);
