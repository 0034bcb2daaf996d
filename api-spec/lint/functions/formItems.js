// Every property of a record holds a form item and names it (x-form-item, or x-form-item-part in a shared
// block). The walk starts at each schema an operation takes as its request body and goes down through the
// properties that name no item: below a property with x-form-item everything inherits that item (as the
// domain's SpecIndex reads it), so shared blocks such as YesNoAnswer need parts only to name a part.
// Exempt: what the server sets (readOnly), sections and lists of sections (structural: their properties
// are walked), and the record metadata given in the options (formEdition, which CONVENTIONS.md puts on
// every record).
const REF = '#/components/schemas/';

function refName(schema) {
  if (schema && typeof schema.$ref === 'string' && schema.$ref.startsWith(REF)) return schema.$ref.slice(REF.length);
  if (schema && Array.isArray(schema.allOf) && schema.allOf.length === 1) return refName(schema.allOf[0]);
  return null;
}

function names(schema) {
  return schema.readOnly || 'x-form-item' in schema || 'x-form-item-part' in schema || 'x-form-section' in schema;
}

/** The schemas a structural property leads to (through allOf and array items). */
function targets(schema, out) {
  const name = refName(schema);
  if (name) out.push(name);
  else if (schema && schema.type === 'array') targets(schema.items || {}, out);
}

function isStructural(schema, schemas) {
  const name = refName(schema);
  const target = name ? schemas[name] || {} : schema;
  if (target.type === 'object' || target.properties) return true;
  if (target.type === 'array') return isStructural(target.items || {}, schemas);
  return false;
}

export default (schemas, options, context) => {
  const metadata = new Set((options && options.metadata) || []);
  const paths = context.document.data.paths || {};
  const pending = [];
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item || {})) {
      const content = (operation && operation.requestBody && operation.requestBody.content) || {};
      for (const media of Object.values(content)) {
        const name = refName(media.schema);
        if (name) pending.push(name);
      }
    }
  }
  const records = new Set();
  while (pending.length) {
    const name = pending.pop();
    if (records.has(name) || !schemas[name]) continue;
    records.add(name);
    for (const property of Object.values(schemas[name].properties || {})) {
      if (!property.readOnly && !('x-form-item' in property)) targets(property, pending);
    }
  }
  const results = [];
  for (const name of [...records].sort()) {
    for (const [property, schema] of Object.entries(schemas[name].properties || {})) {
      if (names(schema) || isStructural(schema, schemas) || metadata.has(property)) continue;
      results.push({
        message: `${name}.${property} holds a form item but names none: give it x-form-item (x-form-item-part in a shared block)`,
        path: [...context.path, name, 'properties', property],
      });
    }
  }
  return results;
};
