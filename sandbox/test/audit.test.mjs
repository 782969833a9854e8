// Audit logs: the events the sandbox records, auditLogs paging and every filter the schema
// offers, the platform's export (downloadAuditLogs -> auditLogsDownloads -> the file),
// deleteUser, and admin-only access.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, login, gql, sandboxAdmin, queueFault, waitFor,
} from '../lib/testing.mjs';
import { parseCsv, CSV_HEADER } from '../lib/export.mjs';

const NODE = 'id user { email } target action actionType outcome description timestamp';
const AUDIT = `query A($first: Int, $after: String, $where: AuditLogWhereInput, $orderBy: [AuditLogOrderByInput!]) {
  auditLogs(first: $first, after: $after, where: $where, orderBy: $orderBy) {
    count edges { node { ${NODE} } cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
const EXPORT = `mutation X($first: Int, $since: DateTime, $until: DateTime, $format: AuditLogExportFormat!) {
  downloadAuditLogs(first: $first, since: $since, until: $until, format: $format) {
    __typename id
    ... on AuditLogsDownloadProcessing { format startedAt }
    ... on AuditLogsDownloadFinished { format startedAt finishedAt downloadUrl }
    ... on AuditLogsDownloadError { startedAt finishedAt message } } }`;
const POLL = `query P($where: AuditLogsDownloadWhereInput, $first: Int, $after: String, $orderBy: [AuditLogsDownloadOrderByInput!]) {
  auditLogsDownloads(first: $first, after: $after, where: $where, orderBy: $orderBy) {
    count edges { cursor node { __typename id
      ... on AuditLogsDownloadProcessing { format startedAt }
      ... on AuditLogsDownloadFinished { format startedAt finishedAt downloadUrl }
      ... on AuditLogsDownloadError { startedAt finishedAt message } } } pageInfo { hasNextPage endCursor } } }`;

const SEED = 600;
let server;
let adminTok;
let userTok;
let cutoff; // an instant after the seed, before anything the tests do

before(async () => {
  server = await startServer(['--seed-audit', String(SEED), '--seed-users', '30', '--audit-export-delay-ms', '400']);
  cutoff = new Date(Date.now() - 1).toISOString();
  adminTok = (await login(server.baseUrl)).access_token;
  userTok = (await login(server.baseUrl, { username: 'user', password: 'user-password' })).access_token;
});

after(async () => {
  await server.stop();
});

async function audit(variables, bearer = adminTok) {
  const r = await gql(server.baseUrl, bearer, AUDIT, variables);
  assert.equal(r.json.errors, undefined, JSON.stringify(r.json.errors));
  return r.json.data.auditLogs;
}

/** All events up to `cutoff` (the seed and the fixed tokens' creation), newest first. */
async function seeded() {
  const c = await audit({ first: 100000, where: { timestamp: { _lte: cutoff } } });
  return c.edges.map((e) => e.node);
}

test('paging to the end: newest first, every event once, cursors and pageInfo consistent', async () => {
  const all = await seeded();
  assert.equal(all.length, SEED + 6);
  const seen = [];
  let after = null;
  let pages = 0;
  let first = true;
  for (;;) {
    const c = await audit({ first: 50, after, where: { timestamp: { _lte: cutoff } } });
    assert.equal(c.count, SEED + 6);
    assert.equal(c.pageInfo.hasPreviousPage, !first);
    first = false;
    seen.push(...c.edges.map((e) => e.node));
    pages += 1;
    if (c.edges.length) {
      assert.equal(c.pageInfo.startCursor, c.edges[0].cursor);
      assert.equal(c.pageInfo.endCursor, c.edges[c.edges.length - 1].cursor);
    }
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  assert.equal(pages, Math.ceil((SEED + 6) / 50));
  assert.deepEqual(seen.map((e) => e.id), all.map((e) => e.id));
  assert.equal(new Set(seen.map((e) => e.id)).size, seen.length);
  for (let i = 1; i < seen.length; i += 1) assert.ok(seen[i - 1].timestamp >= seen[i].timestamp, 'newest first');

  // Unfiltered paging while reads add events at the top: the walk still ends, without repeats.
  const ids = new Set();
  after = null;
  for (;;) {
    const c = await audit({ first: 100, after });
    for (const e of c.edges) { assert.ok(!ids.has(e.node.id)); ids.add(e.node.id); }
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  assert.ok(ids.size >= SEED + 6);
  // first: 0 gives the count only; a bad cursor is refused.
  const none = await audit({ first: 0 });
  assert.equal(none.edges.length, 0);
  assert.ok(none.count > SEED);
  const bad = await gql(server.baseUrl, adminTok, AUDIT, { after: 'bm9wZQ' });
  assert.match(bad.json.errors[0].message, /Invalid cursor/);
});

test('every filter of AuditLogWhereInput, checked against the same events filtered here', async () => {
  const all = await seeded();
  const someone = all.find((e) => e.user.email.startsWith('seed')).user.email;
  const t = all[Math.floor(all.length / 2)].timestamp;
  const t2 = all[Math.floor(all.length / 4)].timestamp;
  const withinCutoff = (w) => ({ _and: [{ timestamp: { _lte: cutoff } }, w] });
  const cases = [
    ['user.email _eq', { user: { email: { _eq: someone } } }, (e) => e.user.email === someone],
    ['user.email _icontains', { user: { email: { _icontains: 'SEED0001' } } }, (e) => e.user.email.includes('seed0001')],
    ['user.tokenCount _gt', { user: { tokenCount: { _gt: 4 } } }, null],
    ['target _eq', { target: { _eq: 'access.tokens' } }, (e) => e.target === 'access.tokens'],
    ['target _neq', { target: { _neq: 'access.tokens' } }, (e) => e.target !== 'access.tokens'],
    ['target _in', { target: { _in: ['scm.connections', 'audit.logs'] } }, (e) => ['scm.connections', 'audit.logs'].includes(e.target)],
    ['target _nin', { target: { _nin: ['authentication'] } }, (e) => e.target !== 'authentication'],
    ['target _startsWith', { target: { _startsWith: 'scm.' } }, (e) => e.target.startsWith('scm.')],
    ['action _eq', { action: { _eq: 'create.token' } }, (e) => e.action === 'create.token'],
    ['action _contains', { action: { _contains: '.token' } }, (e) => e.action.includes('.token')],
    ['action _endsWith', { action: { _endsWith: '.scm' } }, (e) => e.action.endsWith('.scm')],
    ['actionType _eq', { actionType: { _eq: 'DELETE' } }, (e) => e.actionType === 'DELETE'],
    ['actionType _neq', { actionType: { _neq: 'READ' } }, (e) => e.actionType !== 'READ'],
    ['actionType _in', { actionType: { _in: ['CREATE', 'UPDATE'] } }, (e) => ['CREATE', 'UPDATE'].includes(e.actionType)],
    ['actionType _nin', { actionType: { _nin: ['CREATE', 'UPDATE'] } }, (e) => !['CREATE', 'UPDATE'].includes(e.actionType)],
    ['outcome _eq', { outcome: { _eq: 'FAILURE' } }, (e) => e.outcome === 'FAILURE'],
    ['outcome _neq', { outcome: { _neq: 'FAILURE' } }, (e) => e.outcome !== 'FAILURE'],
    ['description _icontains', { description: { _icontains: 'MODERNE CLI' } }, (e) => (e.description || '').toLowerCase().includes('moderne cli')],
    ['description _contains', { description: { _contains: 'github.com' } }, (e) => (e.description || '').includes('github.com')],
    ['description _isNull', { description: { _isNull: true } }, (e) => e.description === null],
    ['description _eq', { description: { _eq: 'Read audit logs' } }, (e) => e.description === 'Read audit logs'],
    ['timestamp _gt', { timestamp: { _gt: t } }, (e) => e.timestamp > t],
    ['timestamp _gte', { timestamp: { _gte: t } }, (e) => e.timestamp >= t],
    ['timestamp _lt', { timestamp: { _lt: t } }, (e) => e.timestamp < t],
    ['timestamp _eq', { timestamp: { _eq: t } }, (e) => e.timestamp === t],
    ['timestamp _neq', { timestamp: { _neq: t } }, (e) => e.timestamp !== t],
    ['timestamp range', { timestamp: { _gte: t, _lte: t2 } }, (e) => e.timestamp >= t && e.timestamp <= t2],
    ['_or', { _or: [{ outcome: { _eq: 'FAILURE' } }, { action: { _eq: 'delete.user' } }] }, (e) => e.outcome === 'FAILURE' || e.action === 'delete.user'],
    ['_not', { _not: { target: { _eq: 'authentication' } } }, (e) => e.target !== 'authentication'],
    ['_and', { _and: [{ target: { _eq: 'access.tokens' } }, { outcome: { _eq: 'SUCCESS' } }] }, (e) => e.target === 'access.tokens' && e.outcome === 'SUCCESS'],
  ];
  for (const [label, where, expect] of cases) {
    const c = await audit({ first: 100000, where: withinCutoff(where) });
    const got = c.edges.map((e) => e.node.id);
    if (expect) {
      const want = all.filter(expect).map((e) => e.id);
      assert.deepEqual(got, want, label);
      assert.equal(c.count, want.length, label);
    }
    assert.ok(c.count > 0 || label === 'description _isNull', `${label} matches something (${c.count})`);
    assert.ok(c.count < all.length || label.includes('tokenCount'), `${label} leaves something out`);
  }
  const s = await sandboxAdmin(server.baseUrl, 'state');
  const richUsers = new Set(s.json.users.filter((u) => u.tokens.length > 4).map((u) => u.email));
  const c = await audit({ first: 100000, where: withinCutoff({ user: { tokenCount: { _gt: 4 } } }) });
  assert.deepEqual(c.edges.map((e) => e.node.id), all.filter((e) => richUsers.has(e.user.email)).map((e) => e.id), 'user.tokenCount');
});

test('orderBy TIMESTAMP ASC, USER_ID, TARGET, ACTION, with cursor paging', async () => {
  const all = await seeded();
  const where = { timestamp: { _lte: cutoff } };
  for (const orderBy of [
    [{ field: 'TIMESTAMP', direction: 'ASC' }],
    [{ field: 'USER_ID', direction: 'ASC' }],
    [{ field: 'TARGET', direction: 'DESC' }, { field: 'TIMESTAMP', direction: 'DESC' }],
    [{ field: 'ACTION' }],
  ]) {
    const full = (await audit({ first: 100000, where, orderBy })).edges.map((e) => e.node);
    assert.equal(full.length, all.length);
    const key = { TIMESTAMP: (e) => e.timestamp, USER_ID: (e) => e.user.email, TARGET: (e) => e.target, ACTION: (e) => e.action };
    for (let i = 1; i < full.length; i += 1) {
      for (const o of orderBy) {
        const a = key[o.field](full[i - 1]);
        const b = key[o.field](full[i]);
        if (a === b) continue;
        assert.ok((o.direction || 'DESC') === 'ASC' ? a < b : a > b, `${JSON.stringify(orderBy)} at ${i}`);
        break;
      }
    }
    const paged = [];
    let after = null;
    for (;;) {
      const c = await audit({ first: 97, after, where, orderBy });
      paged.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    assert.deepEqual(paged, full.map((e) => e.id), `paging ${JSON.stringify(orderBy)}`);
  }
});

test('the sandbox records its own mutations, each sign-in and each audit read, never a token value', async () => {
  const since = new Date().toISOString();
  const other = await login(server.baseUrl, { username: 'seed00003', password: 'seed-password' });
  const c = await gql(server.baseUrl, adminTok, 'mutation { createAccessToken(description: "audited") { id token } }');
  const { id, token } = c.json.data.createAccessToken;
  await gql(server.baseUrl, adminTok, `mutation { revokeAccessToken(id: "${id}") }`);
  await gql(server.baseUrl, adminTok, 'mutation { revokeAccessToken(id: "no-such-token") }');
  await gql(server.baseUrl, adminTok, 'mutation { revokeAllAccessTokens(email: "seed00003@moderne.example") }');
  await gql(server.baseUrl, adminTok, 'mutation { revokeScmToken(input: { origin: "github.com" }) { success } }');
  await gql(server.baseUrl, other.access_token, '{ auditLogs(first: 1) { count } }'); // a USER: denied, audited
  await gql(server.baseUrl, adminTok, '{ auditLogs(first: 1, where: { target: { _eq: "nothing" } }) { count } }');
  const events = (await audit({ first: 1000, where: { timestamp: { _gte: since } }, orderBy: [{ field: 'TIMESTAMP', direction: 'ASC' }] })).edges.map((e) => e.node);
  const rows = events.map((e) => [e.user.email, e.target, e.action, e.actionType, e.outcome]);
  assert.deepEqual(rows, [
    ['seed00003@moderne.example', 'authentication', 'login.user', 'CREATE', 'SUCCESS'],
    ['admin@moderne.example', 'access.tokens', 'create.token', 'CREATE', 'SUCCESS'],
    ['admin@moderne.example', 'access.tokens', 'delete.token', 'DELETE', 'SUCCESS'],
    ['admin@moderne.example', 'access.tokens', 'delete.token', 'DELETE', 'FAILURE'],
    ['admin@moderne.example', 'access.tokens', 'delete.all.tokens', 'DELETE', 'SUCCESS'],
    ['admin@moderne.example', 'scm.connections', 'disconnect.scm', 'DELETE', 'SUCCESS'],
    ['seed00003@moderne.example', 'audit.logs', 'read.audit.logs', 'READ', 'FAILURE'],
    ['admin@moderne.example', 'audit.logs', 'read.audit.logs', 'READ', 'SUCCESS'],
  ]);
  assert.equal(events[1].description, `Created access token 'audited' (${id}) without expiry`);
  assert.equal(events[2].description, `Revoked access token 'audited' (${id}) of admin@moderne.example`);
  assert.equal(events[4].description, 'Revoked all 5 access tokens of seed00003@moderne.example');
  assert.match(events[7].description, /^Read audit logs \(first 1; where \{"target":\{"_eq":"nothing"\}\}\)$/);
  // A failed sign-in of a known user is recorded too.
  await assert.rejects(login(server.baseUrl, { username: 'seed00004', password: 'wrong' }));
  const failed = await audit({ first: 1, where: { _and: [{ action: { _eq: 'login.user' } }, { outcome: { _eq: 'FAILURE' } }, { timestamp: { _gte: since } }] } });
  assert.equal(failed.edges[0].node.user.email, 'seed00004@moderne.example');

  // No token value and no JWT anywhere in the log.
  const everything = JSON.stringify((await audit({ first: 100000 })).edges);
  assert.ok(!everything.includes(token));
  assert.ok(!/mat-[A-Za-z0-9_-]{20}/.test(everything));
  assert.ok(!/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\./.test(everything));
});

test('audit operations are for admins: a USER gets the authorization error and sends nothing that works', async () => {
  for (const q of [
    '{ auditLogs { count } }',
    '{ auditLogsDownloads { count } }',
    'mutation { downloadAuditLogs(format: CSV) { id } }',
    'mutation { deleteUser(email: "seed00005@moderne.example") }',
  ]) {
    const r = await gql(server.baseUrl, userTok, q);
    assert.equal(r.status, 200);
    assert.equal(r.json.data, null, q);
    assert.equal(r.json.errors[0].message, 'Forbidden', q);
    assert.equal(r.json.errors[0].extensions.code, 'FORBIDDEN', q);
  }
  const s = await sandboxAdmin(server.baseUrl, 'state', { username: 'seed00005' });
  assert.equal(s.status, 200, 'not deleted');
});

async function exportAndWait(vars, bearer = adminTok) {
  const r = await gql(server.baseUrl, bearer, EXPORT, vars);
  assert.equal(r.json.errors, undefined, JSON.stringify(r.json.errors));
  const started = r.json.data.downloadAuditLogs;
  const states = [started.__typename];
  const node = await waitFor(async () => {
    const p = await gql(server.baseUrl, bearer, POLL, { where: { id: { _eq: started.id } } });
    assert.equal(p.json.errors, undefined, JSON.stringify(p.json.errors));
    assert.equal(p.json.data.auditLogsDownloads.count, 1);
    const n = p.json.data.auditLogsDownloads.edges[0].node;
    states.push(n.__typename);
    return n.__typename === 'AuditLogsDownloadProcessing' ? null : n;
  }, { intervalMs: 100, what: 'the export' });
  return { started, node, states };
}

test('downloadAuditLogs (CSV) polled to Finished; the file fetched from the relative URL with the bearer holds exactly the events', async () => {
  const all = await seeded();
  const since = all[all.length - 1 - 100].timestamp; // a window inside the seed
  const until = all[200].timestamp;
  const { started, node, states } = await exportAndWait({ format: 'CSV', since, until });
  assert.equal(started.__typename, 'AuditLogsDownloadProcessing');
  assert.equal(started.format, 'CSV');
  assert.ok(states.includes('AuditLogsDownloadProcessing'));
  assert.equal(node.__typename, 'AuditLogsDownloadFinished');
  assert.ok(node.finishedAt >= node.startedAt);
  assert.ok(node.downloadUrl.startsWith('/'), 'relative to the API base');
  const url = new URL(node.downloadUrl, `${server.baseUrl}/graphql`);

  assert.equal((await fetch(url)).status, 401, 'needs the bearer');
  assert.equal((await fetch(url, { headers: { authorization: `Bearer ${userTok}` } })).status, 403, 'an admin\'s');
  const res = await fetch(url, { headers: { authorization: `Bearer ${adminTok}` } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/csv/);
  assert.match(res.headers.get('content-disposition'), /attachment; filename="audit-logs-.*\.csv"/);
  const rows = parseCsv(await res.text());
  assert.deepEqual(rows[0], CSV_HEADER);
  const want = all.filter((e) => e.timestamp >= since && e.timestamp <= until);
  assert.ok(want.length > 100);
  assert.deepEqual(rows.slice(1), want.map((e) => [e.user.email, e.target, e.actionType, e.action, e.description ?? '', e.timestamp, e.outcome]));

  // Fetching the file is audited.
  const d = await audit({ first: 1, where: { action: { _eq: 'download.audit.logs' } } });
  assert.equal(d.edges[0].node.description, `Downloaded the CSV export ${node.id} of ${want.length} audit events`);

  // first: limits the export to the newest N of the window.
  const limited = await exportAndWait({ format: 'CSV', since, until, first: 7 });
  const text = await (await fetch(new URL(limited.node.downloadUrl, server.baseUrl), { headers: { authorization: `Bearer ${adminTok}` } })).text();
  assert.deepEqual(parseCsv(text).slice(1).map((r) => r[5]), want.slice(0, 7).map((e) => e.timestamp));
});

test('downloadAuditLogs (CEF): one CEF line per event', async () => {
  const all = await seeded();
  const { node } = await exportAndWait({ format: 'CEF', until: cutoff });
  assert.equal(node.__typename, 'AuditLogsDownloadFinished');
  assert.equal(node.format, 'CEF');
  const res = await fetch(new URL(node.downloadUrl, server.baseUrl), { headers: { authorization: `Bearer ${adminTok}` } });
  assert.match(res.headers.get('content-disposition'), /\.cef"$/);
  const lines = (await res.text()).split('\n').filter(Boolean);
  assert.equal(lines.length, all.length);
  for (const [i, line] of lines.entries()) {
    const e = all[i];
    assert.ok(line.startsWith(`CEF:0|Moderne|Moderne Platform|sandbox|${e.action}|`), line);
    assert.ok(line.includes(` suser=${e.user.email} `), line);
    assert.ok(line.includes(`rt=${Date.parse(e.timestamp)} `), line);
    assert.ok(line.endsWith(`externalId=${e.id}`), line);
    assert.ok(line.includes(e.outcome === 'FAILURE' ? '|7|' : '|3|'), line);
  }
});

test('export errors: an injected failure and a reversed range end in AuditLogsDownloadError with a message', async () => {
  let f = await queueFault(server.baseUrl, { kind: 'exportError', message: 'Export storage unavailable.' });
  assert.equal(f.status, 200);
  let { node, states } = await exportAndWait({ format: 'CSV' });
  assert.ok(states.includes('AuditLogsDownloadProcessing'), 'processing first, then the error');
  assert.equal(node.__typename, 'AuditLogsDownloadError');
  assert.equal(node.message, 'Export storage unavailable.');
  ({ node } = await exportAndWait({ format: 'CEF', since: new Date().toISOString(), until: '2020-01-01T00:00:00Z' }));
  assert.equal(node.__typename, 'AuditLogsDownloadError');
  assert.match(node.message, /since.*until/);

  // A download route fault: a 500 once, then the file.
  ({ node } = await exportAndWait({ format: 'CSV', first: 3 }));
  f = await queueFault(server.baseUrl, { kind: 'http500', target: 'download' });
  assert.equal(f.status, 200);
  const url = new URL(node.downloadUrl, server.baseUrl);
  const auth = { headers: { authorization: `Bearer ${adminTok}` } };
  assert.equal((await fetch(url, auth)).status, 500);
  assert.equal((await fetch(url, auth)).status, 200);
});

test('auditLogsDownloads: filters on id and format, newest first, paging', async () => {
  const p = await gql(server.baseUrl, adminTok, POLL, { first: 100 });
  const all = p.json.data.auditLogsDownloads.edges.map((e) => e.node);
  assert.ok(all.length >= 6);
  for (let i = 1; i < all.length; i += 1) assert.ok(all[i - 1].startedAt >= all[i].startedAt);
  const cef = await gql(server.baseUrl, adminTok, POLL, { where: { format: { _eq: 'CEF' } } });
  const cefIds = cef.json.data.auditLogsDownloads.edges.map((e) => e.node.id);
  assert.ok(cefIds.length >= 1 && cefIds.length < all.length);
  const notCef = await gql(server.baseUrl, adminTok, POLL, { where: { _not: { format: { _in: ['CEF'] } } } });
  assert.equal(notCef.json.data.auditLogsDownloads.count + cefIds.length, all.length);
  const asc = await gql(server.baseUrl, adminTok, POLL, { first: 2, orderBy: [{ field: 'STARTED_AT', direction: 'ASC' }] });
  const next = await gql(server.baseUrl, adminTok, POLL, { first: 100, after: asc.json.data.auditLogsDownloads.pageInfo.endCursor, orderBy: [{ field: 'STARTED_AT', direction: 'ASC' }] });
  assert.deepEqual([...asc.json.data.auditLogsDownloads.edges, ...next.json.data.auditLogsDownloads.edges].map((e) => e.node.id), all.map((e) => e.id).reverse());
});

test('deleteUser: the user, their tokens and sessions are gone; their events remain', async () => {
  await sandboxAdmin(server.baseUrl, 'add-user', { username: 'leaver', role: 'USER' });
  const pat = (await sandboxAdmin(server.baseUrl, 'add-token', { username: 'leaver', description: 'Moderne CLI' })).json.token;
  await sandboxAdmin(server.baseUrl, 'add-token', { username: 'leaver', description: 'CI' });
  const jwt = (await login(server.baseUrl, { username: 'leaver', password: 'leaver-password' })).access_token;
  assert.equal((await gql(server.baseUrl, pat, '{ currentUser { email } }')).status, 200);

  let r = await gql(server.baseUrl, adminTok, 'mutation D($e: String!) { deleteUser(email: $e) }', { e: 'LEAVER@moderne.example' });
  assert.deepEqual(r.json, { data: { deleteUser: true } });
  assert.equal((await gql(server.baseUrl, pat, '{ currentUser { email } }')).status, 401, 'PAT gone');
  assert.equal((await gql(server.baseUrl, jwt, '{ currentUser { email } }')).status, 401, 'login token refused');
  await assert.rejects(login(server.baseUrl, { username: 'leaver', password: 'leaver-password' }), 'cannot sign in');
  r = await gql(server.baseUrl, adminTok, '{ users(first: 1, where: { email: { _eq: "leaver@moderne.example" } }) { count } }');
  assert.equal(r.json.data.users.count, 0);
  assert.equal((await sandboxAdmin(server.baseUrl, 'state', { username: 'leaver' })).status, 404);

  const ev = await audit({ first: 10, where: { user: { email: { _eq: 'leaver@moderne.example' } } } });
  assert.ok(ev.count >= 3, 'the sign-in and the two creations remain');
  const del = await audit({ first: 1, where: { action: { _eq: 'delete.user' } } });
  assert.equal(del.edges[0].node.description, 'Deleted user leaver@moderne.example and 2 access tokens');
  assert.equal(del.edges[0].node.user.email, 'admin@moderne.example');

  r = await gql(server.baseUrl, adminTok, 'mutation { deleteUser(email: "leaver@moderne.example") }');
  assert.deepEqual(r.json, { data: { deleteUser: false } }, 'not found the second time');
});
