// Fails if sandbox/schema.graphql is not a strict subset of the real Moderne schema:
// every type, field, argument, input field, enum value, interface and union member
// must exist in the real schema with the same kind and type string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isObjectType, isInterfaceType, isUnionType, isEnumType, isInputObjectType, isScalarType,
  astFromValue,
  print,
} from 'graphql';
import { loadRealSchema, loadSandboxSchema } from '../lib/paths.mjs';

function kindOf(t) {
  if (isObjectType(t)) return 'object';
  if (isInterfaceType(t)) return 'interface';
  if (isUnionType(t)) return 'union';
  if (isEnumType(t)) return 'enum';
  if (isInputObjectType(t)) return 'input';
  if (isScalarType(t)) return 'scalar';
  return 'unknown';
}

function defaultString(arg) {
  if (arg.defaultValue === undefined) return undefined;
  const ast = astFromValue(arg.defaultValue, arg.type);
  return ast ? print(ast) : String(arg.defaultValue);
}

export function compareSchemas(real, sandbox) {
  const problems = [];
  const realTypes = real.getTypeMap();
  for (const [name, st] of Object.entries(sandbox.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const rt = realTypes[name];
    if (!rt) { problems.push(`type ${name} is not in the real schema`); continue; }
    if (kindOf(rt) !== kindOf(st)) {
      problems.push(`type ${name} is ${kindOf(st)} in the sandbox but ${kindOf(rt)} in the real schema`);
      continue;
    }
    if (isObjectType(st) || isInterfaceType(st)) {
      const rIfaces = new Set(rt.getInterfaces().map((i) => i.name));
      for (const i of st.getInterfaces()) {
        if (!rIfaces.has(i.name)) problems.push(`${name} implements ${i.name} only in the sandbox`);
      }
      const rFields = rt.getFields();
      for (const [fname, sf] of Object.entries(st.getFields())) {
        const rf = rFields[fname];
        if (!rf) { problems.push(`field ${name}.${fname} is not in the real schema`); continue; }
        if (String(rf.type) !== String(sf.type)) {
          problems.push(`field ${name}.${fname}: sandbox ${sf.type}, real ${rf.type}`);
        }
        const rArgs = new Map(rf.args.map((a) => [a.name, a]));
        for (const sa of sf.args) {
          const ra = rArgs.get(sa.name);
          if (!ra) { problems.push(`argument ${name}.${fname}(${sa.name}) is not in the real schema`); continue; }
          if (String(ra.type) !== String(sa.type)) {
            problems.push(`argument ${name}.${fname}(${sa.name}): sandbox ${sa.type}, real ${ra.type}`);
          }
          const sd = defaultString(sa);
          if (sd !== undefined && sd !== defaultString(ra)) {
            problems.push(`argument ${name}.${fname}(${sa.name}) default: sandbox ${sd}, real ${defaultString(ra)}`);
          }
        }
        // A required argument in the real schema that the sandbox lacks would make
        // documents valid against the sandbox but not against the real API.
        const sArgNames = new Set(sf.args.map((a) => a.name));
        for (const ra of rf.args) {
          if (String(ra.type).endsWith('!') && ra.defaultValue === undefined && !sArgNames.has(ra.name)) {
            problems.push(`argument ${name}.${fname}(${ra.name}) is required in the real schema but missing in the sandbox`);
          }
        }
      }
    } else if (isUnionType(st)) {
      const rMembers = new Set(rt.getTypes().map((t) => t.name));
      for (const m of st.getTypes()) {
        if (!rMembers.has(m.name)) problems.push(`union ${name} member ${m.name} is not in the real schema`);
      }
    } else if (isEnumType(st)) {
      const rValues = new Set(rt.getValues().map((v) => v.name));
      for (const v of st.getValues()) {
        if (!rValues.has(v.name)) problems.push(`enum value ${name}.${v.name} is not in the real schema`);
      }
    } else if (isInputObjectType(st)) {
      const rFields = rt.getFields();
      for (const [fname, sf] of Object.entries(st.getFields())) {
        const rf = rFields[fname];
        if (!rf) { problems.push(`input field ${name}.${fname} is not in the real schema`); continue; }
        if (String(rf.type) !== String(sf.type)) {
          problems.push(`input field ${name}.${fname}: sandbox ${sf.type}, real ${rf.type}`);
        }
        const sd = defaultString(sf);
        if (sd !== undefined && sd !== defaultString(rf)) {
          problems.push(`input field ${name}.${fname} default: sandbox ${sd}, real ${defaultString(rf)}`);
        }
      }
      for (const [fname, rf] of Object.entries(rFields)) {
        if (String(rf.type).endsWith('!') && rf.defaultValue === undefined && !(fname in st.getFields())) {
          problems.push(`input field ${name}.${fname} is required in the real schema but missing in the sandbox`);
        }
      }
    }
  }
  // Root operation types must be the real ones.
  for (const op of ['Query', 'Mutation', 'Subscription']) {
    const s = sandbox.getRootType(op.toLowerCase());
    const r = real.getRootType(op.toLowerCase());
    if (s && (!r || r.name !== s.name)) problems.push(`root ${op} type differs: sandbox ${s.name}, real ${r && r.name}`);
  }
  return problems;
}

test('sandbox schema is a strict subset of the real Moderne schema', () => {
  const real = loadRealSchema();
  const sandbox = loadSandboxSchema();
  const problems = compareSchemas(real, sandbox);
  assert.deepEqual(problems, [], `sandbox/schema.graphql differs from the real schema:\n  ${problems.join('\n  ')}`);
});

test('sandbox schema covers the operations TokenDesk needs', () => {
  const sandbox = loadSandboxSchema();
  const q = sandbox.getQueryType().getFields();
  const m = sandbox.getMutationType().getFields();
  for (const f of ['currentUser', 'users', 'scmConnections', 'connectors', 'auditLogs', 'auditLogsDownloads']) assert.ok(q[f], `Query.${f}`);
  for (const f of ['createAccessToken', 'revokeAccessToken', 'revokeAllAccessTokens', 'initiateAuthorization',
    'exchangeAuthorizationCode', 'revokeScmToken', 'deleteUser', 'downloadAuditLogs']) assert.ok(m[f], `Mutation.${f}`);
  const downloads = sandbox.getPossibleTypes(sandbox.getType('AuditLogsDownload')).map((t) => t.name).sort();
  assert.deepEqual(downloads, ['AuditLogsDownloadError', 'AuditLogsDownloadFinished', 'AuditLogsDownloadProcessing']);
  const impls = sandbox.getPossibleTypes(sandbox.getType('ScmConnection')).map((t) => t.name).sort();
  assert.deepEqual(impls, ['AzureDevOpsConnection', 'BitbucketCloudConnection', 'BitbucketConnection',
    'GitLabConnection', 'GithubConnection']);
});

test('the subset check detects a wrong type, a missing field and a bogus enum value', async () => {
  const { buildSchema } = await import('graphql');
  const real = loadRealSchema();
  const bad = buildSchema(`
    type Query { currentUser: User }
    type User { email: String! nickname: String }
    enum UserRole { ADMIN SUPERUSER }
  `);
  const problems = compareSchemas(real, bad);
  assert.ok(problems.some((p) => p.includes('Query.currentUser')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('User.nickname')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('UserRole.SUPERUSER')), problems.join('\n'));
});
