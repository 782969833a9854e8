// Scale seeds: --seed-users 10000 (× 5 PATs) and --seed-audit 100000. The start time is
// printed (a diagnostic), never asserted: speed belongs in bench/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, login, gql } from '../lib/testing.mjs';

let server;
let adminTok;

before(async () => {
  server = await startServer(['--seed-users', '10000', '--seed-audit', '100000'], { timeoutMs: 180000 });
  adminTok = (await login(server.baseUrl)).access_token;
});

after(async () => {
  await server.stop();
});

test('start time with 10,000 users × 5 PATs and 100,000 audit events (printed, not asserted)', (t) => {
  const m = /seeded in (\d+) ms, ready in (\d+) ms/.exec(server.stderr);
  assert.ok(m, server.stderr);
  const line = `sandbox start with --seed-users 10000 --seed-audit 100000: ready line after ${server.readyMs} ms (process start to ready); seeding ${m[1]} ms, startSandbox ${m[2]} ms`;
  t.diagnostic(line);
  assert.match(server.stderr, /10002 users, 50006 PATs, 100006 audit events/);
});

test('users: every seeded user with tokens, roles and last sign-ins spread, paged to the end', async () => {
  const Q = `query U($after: String) { users(first: 1000, after: $after, where: { tokenCount: { _gt: 0 } }) {
    count pageInfo { hasNextPage endCursor } edges { node { email role lastActive tokens(first: 100) { count edges { node { description expiresAt } } } } } } }`;
  let after = null;
  const users = [];
  for (;;) {
    const r = await gql(server.baseUrl, adminTok, Q, { after });
    assert.equal(r.json.errors, undefined, JSON.stringify(r.json.errors));
    assert.equal(r.json.data.users.count, 10002);
    users.push(...r.json.data.users.edges.map((e) => e.node));
    if (!r.json.data.users.pageInfo.hasNextPage) break;
    after = r.json.data.users.pageInfo.endCursor;
  }
  assert.equal(users.length, 10002);
  assert.equal(new Set(users.map((u) => u.email)).size, 10002);
  const seeded = users.filter((u) => u.email.startsWith('seed'));
  assert.equal(seeded.filter((u) => u.role === 'ADMIN').length, 1000);
  assert.equal(seeded.filter((u) => u.lastActive === null).length, 200);
  assert.ok(seeded.some((u) => Date.now() - Date.parse(u.lastActive) > 90 * 86400000), 'inactive for more than 90 days');
  assert.ok(seeded.some((u) => Date.now() - Date.parse(u.lastActive) < 14 * 86400000), 'recently active');
  assert.ok(seeded.every((u) => u.tokens.count === 5));
  const tokens = seeded.flatMap((u) => u.tokens.edges.map((e) => e.node));
  assert.ok(tokens.some((t) => t.expiresAt === null), 'never expires');
  assert.ok(tokens.some((t) => t.expiresAt && Date.parse(t.expiresAt) < Date.now()), 'expired');
  assert.ok(seeded.some((u) => u.tokens.edges.filter((e) => e.node.description === 'Moderne CLI').length > 1), 'repeated CLI logins');
});

test('audit: 100,000 seeded events, first page, a filter and the last page', async () => {
  const Q = `query A($first: Int, $after: String, $where: AuditLogWhereInput) { auditLogs(first: $first, after: $after, where: $where) {
    count pageInfo { hasNextPage endCursor } edges { cursor node { id timestamp action outcome user { email } } } } }`;
  let r = await gql(server.baseUrl, adminTok, Q, { first: 100 });
  assert.ok(r.json.data.auditLogs.count > 100000);
  assert.equal(r.json.data.auditLogs.edges.length, 100);
  const oneYear = Date.now() - 366 * 86400000;
  r = await gql(server.baseUrl, adminTok, Q, { first: 100, where: { _and: [{ outcome: { _eq: 'FAILURE' } }, { action: { _eq: 'login.user' } }] } });
  assert.ok(r.json.data.auditLogs.count > 100);
  assert.ok(r.json.data.auditLogs.edges.every((e) => e.node.outcome === 'FAILURE' && e.node.action === 'login.user'));
  // the oldest events: a cursor near the end
  const all = await gql(server.baseUrl, adminTok, Q, { first: 99990, where: { timestamp: { _gte: new Date(oneYear).toISOString() } } });
  const c = all.json.data.auditLogs;
  r = await gql(server.baseUrl, adminTok, Q, { first: 100, after: c.pageInfo.endCursor, where: { timestamp: { _gte: new Date(oneYear).toISOString() } } });
  assert.equal(r.json.data.auditLogs.pageInfo.hasNextPage, false);
  assert.equal(c.edges.length + r.json.data.auditLogs.edges.length, c.count);
  assert.ok(Date.parse(r.json.data.auditLogs.edges.at(-1).node.timestamp) >= oneYear);
});
