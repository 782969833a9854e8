// Validates every *.graphql operation document the app ships (resources/graphql/, or
// $TOKENDESK_OPERATIONS_DIR) against the REAL Moderne schema and against the sandbox
// schema, so the app's documents are valid for real tenants and servable by the sandbox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { loadRealSchema, loadSandboxSchema, operationsDir } from '../lib/paths.mjs';

function findGraphqlFiles(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findGraphqlFiles(p));
    else if (entry.isFile() && entry.name.endsWith('.graphql')) out.push(p);
  }
  return out.sort();
}

// Fragments live in a fragments/ folder, one per file named after it; an operation document
// gets the fragments it spreads (and theirs) appended, as GraphQlClient::document() does.
function isFragmentFile(file) {
  return path.basename(path.dirname(file)) === 'fragments';
}

function withFragments(file, fragmentFiles) {
  let text = fs.readFileSync(file, 'utf8');
  const byName = new Map(fragmentFiles.map((f) => [path.basename(f, '.graphql'), f]));
  const appended = new Set();
  for (let scanned = 0; scanned < text.length;) {
    const rest = text.slice(scanned);
    scanned = text.length;
    for (const m of rest.matchAll(/\.\.\.\s*(?!on\b)([_A-Za-z]\w*)/g)) {
      if (appended.has(m[1])) continue;
      appended.add(m[1]);
      text += '\n' + (byName.has(m[1]) ? fs.readFileSync(byName.get(m[1]), 'utf8') : '');
    }
  }
  return text;
}

function validateAll(allFiles, schema) {
  const problems = [];
  const fragmentFiles = allFiles.filter(isFragmentFile);
  const files = allFiles.filter((f) => !isFragmentFile(f));
  for (const file of files) {
    let doc;
    try {
      doc = parse(withFragments(file, fragmentFiles));
    } catch (e) {
      problems.push(`${file}: ${e.message}`);
      continue;
    }
    for (const err of validate(schema, doc)) {
      const loc = err.locations && err.locations[0] ? `:${err.locations[0].line}:${err.locations[0].column}` : '';
      problems.push(`${file}${loc}: ${err.message}`);
    }
  }
  return problems;
}

const dir = operationsDir();
const files = findGraphqlFiles(dir);

test(`operation documents exist in ${dir}`, () => {
  assert.ok(files.length > 0, `no .graphql files found under ${dir} (set TOKENDESK_OPERATIONS_DIR to override)`);
});

test('every operation document validates against the REAL Moderne schema', () => {
  const problems = validateAll(files, loadRealSchema());
  for (const p of problems) console.error(`real schema: ${p}`);
  assert.deepEqual(problems, [], `invalid against the real schema:\n  ${problems.join('\n  ')}`);
});

test('every operation document validates against the SANDBOX schema', () => {
  const problems = validateAll(files, loadSandboxSchema());
  for (const p of problems) console.error(`sandbox schema: ${p}`);
  assert.deepEqual(problems, [], `invalid against the sandbox schema:\n  ${problems.join('\n  ')}`);
});
