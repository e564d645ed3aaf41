/**
 * Extracts the response schemas and OAuth scopes of the Okta operations Mailroom implements from Okta's
 * official OpenAPI description, so tests can validate our responses and scopes without the 3.4 MB file, which
 * is not in the repository (where to get it, which version, its SHA-256: docs/okta/README.md).
 *
 *   npm run extract-schemas -- path/to/management-oneOfInheritance.yaml
 *
 * Output: test/support/okta-schemas.json (deterministic: sorted keys, no descriptions,
 * examples or x-* extensions; `#/components/schemas/X` refs rewritten to `#/schemas/X`).
 * The JSON stays OpenAPI 3.0 flavoured (nullable, discriminator, readOnly...); the runtime
 * translation to JSON Schema lives in test/support/okta-schema.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join(repoRoot, 'test/support/okta-schemas.json');

/** Operations we serve. `fallback` locates the operation when the operationId is absent. */
const OPERATIONS: { id: string; fallback?: { method: string; path: string } }[] = [
  { id: 'listEmailServers' },
  { id: 'createEmailServer' },
  { id: 'getEmailServer' },
  { id: 'updateEmailServer' },
  { id: 'deleteEmailServer' },
  { id: 'testEmailServer' },
  { id: 'listBrands' },
  { id: 'getBrand' },
  { id: 'createBrand' },
  { id: 'listEmailTemplates' },
  { id: 'getEmailTemplate' },
  { id: 'listEmailCustomizations' },
  { id: 'createEmailCustomization' },
  { id: 'deleteAllCustomizations' },
  { id: 'getEmailCustomization' },
  { id: 'replaceEmailCustomization' },
  { id: 'deleteEmailCustomization' },
  { id: 'getCustomizationPreview' },
  { id: 'getEmailDefaultContent' },
  { id: 'getEmailDefaultPreview' },
  { id: 'getEmailSettings' },
  { id: 'replaceEmailSettings' },
  { id: 'sendTestEmail' },
  { id: 'getUser', fallback: { method: 'get', path: '/api/v1/users/{id}' } },
  { id: 'updateUser', fallback: { method: 'post', path: '/api/v1/users/{id}' } },
  { id: 'getOrgSettings', fallback: { method: 'get', path: '/api/v1/org' } },
];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SCHEMA_REF = '#/components/schemas/';
const RESPONSE_REF = '#/components/responses/';

/** Keywords whose value is a single schema. */
const SUBSCHEMA_KEYS = ['items', 'not', 'additionalProperties'];
/** Keywords whose value is a list of schemas. */
const SUBSCHEMA_LIST_KEYS = ['allOf', 'oneOf', 'anyOf'];
/** Keywords whose value is a map of name -> schema. */
const SUBSCHEMA_MAP_KEYS = ['properties', 'patternProperties'];
/** Annotation keywords dropped to keep the output small. */
const DROPPED_KEYS = new Set(['description', 'example', 'examples', 'externalDocs', 'xml']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): never {
  throw new Error(`extract-okta-schemas: ${message}`);
}

function schemaNameOf(ref: string): string {
  if (!ref.startsWith(SCHEMA_REF)) fail(`unsupported $ref ${ref}`);
  return decodeURIComponent(ref.slice(SCHEMA_REF.length)).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Returns a copy of the schema without annotations, refs rewritten; records referenced names. */
function cleanSchema(schema: Json, referenced: Set<string>): Json {
  if (!isObject(schema)) {
    if (typeof schema === 'boolean') return schema;
    fail(`expected a schema, got ${JSON.stringify(schema)}`);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYS.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      const name = schemaNameOf(value);
      referenced.add(name);
      out.$ref = `#/schemas/${name}`;
    } else if (SUBSCHEMA_KEYS.includes(key) && (isObject(value) || typeof value === 'boolean')) {
      out[key] = cleanSchema(value, referenced);
    } else if (SUBSCHEMA_LIST_KEYS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((item) => cleanSchema(item, referenced));
    } else if (SUBSCHEMA_MAP_KEYS.includes(key) && isObject(value)) {
      const map: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) map[name] = cleanSchema(sub, referenced);
      out[key] = map;
    } else if (key === 'discriminator' && isObject(value)) {
      const disc: JsonObject = {
        propertyName: value.propertyName ?? fail('discriminator without propertyName'),
      };
      if (isObject(value.mapping)) {
        const mapping: JsonObject = {};
        for (const [tag, target] of Object.entries(value.mapping)) {
          if (typeof target !== 'string') fail(`bad discriminator mapping ${tag}`);
          // Mapping values may be a bare schema name or a full ref.
          const name = target.startsWith('#') ? schemaNameOf(target) : target;
          referenced.add(name);
          mapping[tag] = `#/schemas/${name}`;
        }
        disc.mapping = mapping;
      }
      out.discriminator = disc;
    } else {
      out[key] = structuredClone(value);
    }
  }
  return out;
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}

function main(): void {
  const specPath = process.argv[2]
    ? path.resolve(process.argv[2])
    : fail('name the OpenAPI file: npm run extract-schemas -- path/to/management-oneOfInheritance.yaml');
  const raw = readFileSync(specPath);
  const sha256 = createHash('sha256').update(raw).digest('hex');
  // The description uses YAML anchors/aliases heavily; lift the alias-expansion limit.
  const spec = parse(raw.toString('utf8'), { maxAliasCount: -1 }) as JsonObject;

  const info = isObject(spec.info) ? spec.info : {};
  const paths = isObject(spec.paths) ? spec.paths : fail('spec has no paths');
  const components = isObject(spec.components) ? spec.components : fail('spec has no components');
  const componentSchemas = isObject(components.schemas) ? components.schemas : {};
  const componentResponses = isObject(components.responses) ? components.responses : {};

  // Index operations by operationId and by method+path.
  const byId = new Map<string, { method: string; path: string; op: JsonObject }>();
  const byRoute = new Map<string, { method: string; path: string; op: JsonObject }>();
  for (const [route, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const entry = { method: method.toUpperCase(), path: route, op };
      if (typeof op.operationId === 'string') byId.set(op.operationId, entry);
      byRoute.set(`${method} ${route}`, entry);
    }
  }

  const referenced = new Set<string>();
  const operations: JsonObject = {};
  for (const wanted of OPERATIONS) {
    let entry = byId.get(wanted.id);
    if (!entry && wanted.fallback) entry = byRoute.get(`${wanted.fallback.method} ${wanted.fallback.path}`);
    if (!entry) fail(`operation ${wanted.id} not found`);
    const responses: JsonObject = {};
    const declared = isObject(entry.op.responses) ? entry.op.responses : {};
    for (const [status, declaredResponse] of Object.entries(declared)) {
      let response: Json = declaredResponse;
      const seen = new Set<string>();
      while (isObject(response) && typeof response.$ref === 'string') {
        const ref: string = response.$ref;
        if (!ref.startsWith(RESPONSE_REF) || seen.has(ref))
          fail(`${wanted.id} ${status}: bad response ref ${ref}`);
        seen.add(ref);
        response = componentResponses[ref.slice(RESPONSE_REF.length)] ?? fail(`${wanted.id}: missing ${ref}`);
      }
      const content = isObject(response) && isObject(response.content) ? response.content : undefined;
      const json = content && isObject(content['application/json']) ? content['application/json'] : undefined;
      responses[status] = json && json.schema !== undefined ? cleanSchema(json.schema, referenced) : null;
    }
    // The OAuth scopes Okta names for the operation (its `security`), the auth matrix's expectation.
    const security = Array.isArray(entry.op.security) ? entry.op.security : [];
    const scopes = security.flatMap((requirement) =>
      isObject(requirement) && Array.isArray(requirement.oauth2) ? requirement.oauth2 : [],
    );
    const record: JsonObject = { method: entry.method, path: entry.path, responses, scopes };
    if (entry.op.operationId !== wanted.id) record.operationId = (entry.op.operationId as Json) ?? null;
    operations[wanted.id] = record;
  }

  // Collect component schemas transitively.
  const schemas: JsonObject = {};
  const queue = [...referenced];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (name in schemas) continue;
    const source = componentSchemas[name];
    if (source === undefined) fail(`missing schema ${name}`);
    const found = new Set<string>();
    schemas[name] = cleanSchema(source, found);
    for (const next of found) if (!(next in schemas)) queue.push(next);
  }

  const output = sortKeys({
    source: {
      file: path.basename(specPath),
      infoVersion: typeof info.version === 'string' ? info.version : null,
      sha256,
    },
    operations,
    schemas,
  });
  writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`);
  console.log(
    `Wrote ${path.relative(repoRoot, outFile)}: ${Object.keys(operations).length} operations, ` +
      `${Object.keys(schemas).length} schemas (spec ${String(info.version)}).`,
  );
}

main();
