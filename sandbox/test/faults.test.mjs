// Fault injection for the app's end-to-end tests: a lost answer (the mutation runs, the
// connection drops), a 500 in the middle of paging (skip), and the operation log proving
// what reached the server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, login, gql, sandboxAdmin, queueFault, scratchDir } from '../lib/testing.mjs';

let server;
let adminTok;

const tmp = scratchDir('faults');
const opsLog = path.join(tmp, 'ops.jsonl');

before(async () => {
  server = await startServer(['--seed-users', '50', '--log-operations', opsLog]);
  adminTok = (await login(server.baseUrl)).access_token;
});

after(async () => {
  await server.stop();
});

const logLines = () => fs.readFileSync(opsLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

test('a lost answer: deleteUser and revokeAllAccessTokens run, then the connection drops', async () => {
  for (const [op, query, check] of [
    ['Offboard', 'mutation Offboard($e: String!) { deleteUser(email: $e) }',
      async () => (await sandboxAdmin(server.baseUrl, 'state', { username: 'seed00007' })).status === 404],
    ['RevokeAll', 'mutation RevokeAll($e: String!) { revokeAllAccessTokens(email: $e) }',
      async () => (await sandboxAdmin(server.baseUrl, 'state', { username: 'seed00008' })).json.users[0].tokens.length === 0],
  ]) {
    const email = op === 'Offboard' ? 'seed00007@moderne.example' : 'seed00008@moderne.example';
    const f = await queueFault(server.baseUrl, { kind: 'reset', when: 'after', operation: op });
    assert.equal(f.status, 200);
    await assert.rejects(gql(server.baseUrl, adminTok, query, { e: email }, op), /fetch failed|socket|terminated/i, `${op}: no answer`);
    assert.ok(await check(), `${op} was performed`);
    const entries = logLines().filter((l) => l.operationName === op);
    assert.equal(entries.length, 1, `${op} reached the server once`);
    assert.equal(entries[0].fault, 'reset');
    assert.equal(entries[0].status, 200);
  }
  const ev = await gql(server.baseUrl, adminTok, '{ auditLogs(first: 5, where: { action: { _in: ["delete.user", "delete.all.tokens"] } }) { edges { node { action description } } } }');
  assert.deepEqual(ev.json.data.auditLogs.edges.map((e) => e.node.action), ['delete.all.tokens', 'delete.user']);
});

test('skip: a 500 in the middle of paging, only for the named operation', async () => {
  const Q = 'query Page($after: String) { users(first: 10, after: $after) { pageInfo { hasNextPage endCursor } edges { node { email } } } }';
  await queueFault(server.baseUrl, { kind: 'http500', operation: 'Page', skip: 2 });
  let after = null;
  const statuses = [];
  for (let i = 0; i < 4; i += 1) {
    // an unrelated operation in between is not counted
    assert.equal((await gql(server.baseUrl, adminTok, 'query Other { currentUser { email } }', null, 'Other')).status, 200);
    const r = await gql(server.baseUrl, adminTok, Q, { after }, 'Page');
    statuses.push(r.status);
    if (r.status === 200) after = r.json.data.users.pageInfo.endCursor;
  }
  assert.deepEqual(statuses, [200, 200, 500, 200]);
  const faults = await sandboxAdmin(server.baseUrl, 'faults', {}, { method: 'GET' });
  assert.deepEqual(faults.json.faults, []);
});

test('bad fault requests are refused', async () => {
  assert.equal((await queueFault(server.baseUrl, { kind: 'explode' })).status, 400);
  assert.equal((await queueFault(server.baseUrl, { kind: 'html502', target: 'download' })).status, 400);
  assert.equal((await queueFault(server.baseUrl, { kind: 'http500', target: 'elsewhere' })).status, 400);
  assert.equal((await sandboxAdmin(server.baseUrl, 'faults', {}, { body: 'not json' })).status, 400);
});
