// The platform's two generations (--platform v1|v2) and the test-only admin endpoints the
// app's end-to-end tests drive them with: SCM renewal, the admin 14-day rule, PAT
// permissions from the role at creation or the current role, role drift of login tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, login, gql, decodeJwt, sandboxAdmin, scratchDir } from '../lib/testing.mjs';
import { ADMIN_STALE_SIGN_IN_MESSAGE } from '../lib/graphql.mjs';

const HOUR = 3600000;
const LIFETIME = 7200; // --scm-token-lifetime
const SCM = '{ scmConnections { __typename resourceId isAuthorized tokens { created expiresAt } } }';
const CREATE = 'mutation C($d: String, $e: DateTime) { createAccessToken(description: $d, expiresAt: $e) { id token } }';
const USERS = '{ users(first: 5) { count } }';
const ME = '{ currentUser { email role lastActive } }';

let v2;
let v1;
const tok = {}; // login tokens: v2admin, v2user, v1admin, v1user

const tmp = scratchDir('platform');
const opsLog = path.join(tmp, 'ops.jsonl');

before(async () => {
  [v2, v1] = await Promise.all([
    startServer(['--scm-token-lifetime', String(LIFETIME), '--log-operations', opsLog]), // v2 is the default
    startServer(['--platform', 'v1', '--scm-token-lifetime', String(LIFETIME)]),
  ]);
  tok.v2admin = (await login(v2.baseUrl)).access_token;
  tok.v2user = (await login(v2.baseUrl, { username: 'user', password: 'user-password' })).access_token;
  tok.v1admin = (await login(v1.baseUrl)).access_token;
  tok.v1user = (await login(v1.baseUrl, { username: 'user', password: 'user-password' })).access_token;
});

after(async () => {
  await Promise.all([v2.stop(), v1.stop()]);
});

async function conn(server, bearer, origin) {
  const r = await gql(server.baseUrl, bearer, SCM);
  assert.equal(r.json.errors, undefined, JSON.stringify(r.json.errors));
  return r.json.data.scmConnections.find((c) => c.resourceId === origin);
}

async function newPat(server, bearer, d = 'platform test') {
  const r = await gql(server.baseUrl, bearer, CREATE, { d });
  assert.equal(r.json.errors, undefined, JSON.stringify(r.json.errors));
  return r.json.data.createAccessToken.token;
}

const near = (iso, expected, slackMs = 60000) => Math.abs(Date.parse(iso) - expected) < slackMs;

test('v2: an SCM credential whose access token has expired is renewed on the next scmConnections read', async () => {
  for (const [label, inSeconds] of [['at expiry', 0], ['an hour after expiry', -3600]]) {
    const set = await sandboxAdmin(v2.baseUrl, 'scm-expire', { username: 'admin', origin: 'github.com', inSeconds });
    assert.equal(set.status, 200, JSON.stringify(set.json));
    const before = Date.now();
    const c = await conn(v2, tok.v2admin, 'github.com');
    assert.equal(c.isAuthorized, true, label);
    assert.equal(c.tokens.length, 1, label);
    assert.ok(Date.parse(c.tokens[0].created) >= before - 1000, `${label}: a new credential (created ${c.tokens[0].created})`);
    assert.ok(near(c.tokens[0].expiresAt, Date.now() + LIFETIME * 1000), `${label}: a fresh lifetime`);
    // Read again: nothing more happens until the new one expires.
    const again = await conn(v2, tok.v2admin, 'github.com');
    assert.deepEqual(again.tokens, c.tokens, label);
  }
  const audit = await gql(v2.baseUrl, tok.v2admin, '{ auditLogs(first: 5, where: { action: { _eq: "renew.scm.token" } }) { count edges { node { target actionType outcome description user { email } } } } }');
  assert.equal(audit.json.data.auditLogs.count, 2);
  assert.deepEqual(audit.json.data.auditLogs.edges[0].node, {
    target: 'scm.connections', actionType: 'UPDATE', outcome: 'SUCCESS',
    description: 'The platform renewed the github.com credential of admin@moderne.example', user: { email: 'admin@moderne.example' },
  });
});

test('v2: a credential still valid is not renewed; one the platform reports invalid is not renewed and needs Disconnect then Connect', async () => {
  await sandboxAdmin(v2.baseUrl, 'scm-expire', { username: 'user', origin: 'github.com', inSeconds: 90 });
  const c = await conn(v2, tok.v2user, 'github.com');
  assert.ok(near(c.tokens[0].expiresAt, Date.now() + 90000, 5000), 'countdown to the renewal left alone');
  assert.equal(c.isAuthorized, true);

  // The seeded bitbucket.example.com credential expired an hour ago and its renewal failed.
  const bb = await conn(v2, tok.v2user, 'bitbucket.example.com');
  assert.equal(bb.isAuthorized, false);
  assert.equal(bb.tokens.length, 1);
  assert.ok(Date.parse(bb.tokens[0].expiresAt) < Date.now());
  // scm-invalidate does the same to a live one.
  await sandboxAdmin(v2.baseUrl, 'scm-invalidate', { username: 'user', origin: 'github.com' });
  const inv = await conn(v2, tok.v2user, 'github.com');
  assert.equal(inv.isAuthorized, false);
  await sandboxAdmin(v2.baseUrl, 'scm-expire', { username: 'user', origin: 'github.com', inSeconds: -1 });
  assert.equal((await conn(v2, tok.v2user, 'github.com')).isAuthorized, false, 'an invalid credential is not renewed');
  // Disconnect clears it; scm-renew stands in for the Connect round trip (tested in api.test.mjs).
  const r = await gql(v2.baseUrl, tok.v2user, 'mutation { revokeScmToken(input: { origin: "github.com" }) { success error } }');
  assert.deepEqual(r.json.data.revokeScmToken, { success: true, error: null });
  const gone = await conn(v2, tok.v2user, 'github.com');
  assert.deepEqual([gone.isAuthorized, gone.tokens.length], [false, 0]);
  await sandboxAdmin(v2.baseUrl, 'scm-renew', { username: 'user', origin: 'github.com' });
  assert.equal((await conn(v2, tok.v2user, 'github.com')).isAuthorized, true);
});

test('v1: an SCM credential expires and stays expired; scm-renew gives a fresh one', async () => {
  for (const inSeconds of [0, -3600]) {
    const set = await sandboxAdmin(v1.baseUrl, 'scm-expire', { username: 'admin', origin: 'github.com', inSeconds });
    const expected = set.json.tokens[0];
    for (let i = 0; i < 2; i += 1) {
      const c = await conn(v1, tok.v1admin, 'github.com');
      assert.equal(c.isAuthorized, false);
      assert.deepEqual(c.tokens, [expected], 'unchanged by reads');
    }
  }
  const bb = await conn(v1, tok.v1admin, 'bitbucket.example.com');
  assert.equal(bb.isAuthorized, false);
  const renewed = await sandboxAdmin(v1.baseUrl, 'scm-renew', { username: 'admin', origin: 'github.com' });
  assert.equal(renewed.status, 200);
  const c = await conn(v1, tok.v1admin, 'github.com');
  assert.equal(c.isAuthorized, true);
  assert.ok(near(c.tokens[0].created, Date.now()));
  assert.ok(near(c.tokens[0].expiresAt, Date.now() + LIFETIME * 1000));
  // scm-expire on a connection without a token creates one that expires as asked.
  const gl = await sandboxAdmin(v1.baseUrl, 'scm-expire', { username: 'admin', origin: 'gitlab.com', inSeconds: 30 });
  assert.ok(near(gl.json.tokens[0].expiresAt, Date.now() + 30000, 5000));
  assert.equal((await conn(v1, tok.v1admin, 'gitlab.com')).isAuthorized, true);
});

test('v1: an admin\'s PAT is refused with 401 once the admin\'s last sign-in is older than 14 days; v2 has no such rule', async () => {
  const p1 = await newPat(v1, tok.v1admin);
  const p2 = await newPat(v2, tok.v2admin);
  for (const [server, pat, v] of [[v1, p1, 'v1'], [v2, p2, 'v2']]) {
    let set = await sandboxAdmin(server.baseUrl, 'set-last-active', { username: 'admin', daysAgo: 13.9 });
    assert.equal(set.status, 200);
    assert.equal((await gql(server.baseUrl, pat, ME)).status, 200, `${v}: 13.9 days`);
    set = await sandboxAdmin(server.baseUrl, 'set-last-active', { username: 'admin', daysAgo: 15 });
    assert.ok(near(set.json.lastActive, Date.now() - 15 * 24 * HOUR));
    const r = await gql(server.baseUrl, pat, ME);
    if (v === 'v1') {
      assert.equal(r.status, 401);
      assert.equal(r.json.errors[0].message, ADMIN_STALE_SIGN_IN_MESSAGE);
      assert.equal(r.json.errors[0].extensions.code, 'UNAUTHENTICATED');
      assert.match(r.headers.get('www-authenticate'), /^Bearer /);
    } else {
      assert.equal(r.status, 200);
      assert.equal(r.json.data.currentUser.role, 'ADMIN');
    }
    // The login token is not a PAT: it keeps working.
    assert.equal((await gql(server.baseUrl, server === v1 ? tok.v1admin : tok.v2admin, ME)).status, 200);
  }
  // A USER's PAT on v1 is not subject to the rule (user signed in 20 days ago).
  const userPat = await newPat(v1, tok.v1user);
  assert.equal((await gql(v1.baseUrl, userPat, ME)).status, 200);
  // Signing in again lifts it; `at=` sets an exact time.
  const at = new Date(Date.now() - 3 * 24 * HOUR).toISOString();
  const set = await sandboxAdmin(v1.baseUrl, 'set-last-active', { username: 'admin', at });
  assert.equal(set.json.lastActive, at);
  const ok = await gql(v1.baseUrl, p1, ME);
  assert.equal(ok.status, 200);
  assert.equal(ok.json.data.currentUser.lastActive, at);
  await sandboxAdmin(v1.baseUrl, 'set-last-active', { username: 'admin', daysAgo: 20 });
  assert.equal((await gql(v1.baseUrl, p1, ME)).status, 401);
  await login(v1.baseUrl); // a real sign-in sets lastActive to now
  assert.equal((await gql(v1.baseUrl, p1, ME)).status, 200);
  await sandboxAdmin(v2.baseUrl, 'set-last-active', { username: 'admin', daysAgo: 2 });
});

test('v2: a role change applies to existing PATs at once; a login token keeps the roles it was issued with', async () => {
  const userPat = await newPat(v2, tok.v2user, 'user PAT');
  let r = await gql(v2.baseUrl, userPat, USERS);
  assert.equal(r.json.errors[0].message, 'Forbidden');
  assert.equal(r.json.errors[0].extensions.code, 'FORBIDDEN');

  const set = await sandboxAdmin(v2.baseUrl, 'set-role', { username: 'user', role: 'ADMIN' });
  assert.equal(set.status, 200);
  assert.deepEqual(set.json.realmRoles, ['admin', 'default-roles-moderne', 'offline_access']);
  try {
    r = await gql(v2.baseUrl, userPat, USERS);
    assert.equal(r.json.errors, undefined, 'the PAT acts with the new role at once');
    assert.ok(r.json.data.users.count >= 2);
    // The login token issued before: roles inside unchanged, still acts as USER, while the
    // API reports the current role (the drift the app shows).
    assert.deepEqual(decodeJwt(tok.v2user).payload.realm_access.roles, ['default-roles-moderne', 'offline_access']);
    r = await gql(v2.baseUrl, tok.v2user, ME);
    assert.equal(r.json.data.currentUser.role, 'ADMIN');
    r = await gql(v2.baseUrl, tok.v2user, USERS);
    assert.equal(r.json.errors[0].message, 'Forbidden');
    // The next sign-in carries the new roles.
    const fresh = (await login(v2.baseUrl, { username: 'user', password: 'user-password' })).access_token;
    assert.deepEqual(decodeJwt(fresh).payload.realm_access.roles, ['admin', 'default-roles-moderne', 'offline_access']);
    assert.equal((await gql(v2.baseUrl, fresh, USERS)).json.errors, undefined);

    // Demoted again: the PAT loses admin rights at once, the fresh admin JWT keeps them for its hour.
    await sandboxAdmin(v2.baseUrl, 'set-role', { username: 'user', role: 'USER' });
    assert.equal((await gql(v2.baseUrl, userPat, USERS)).json.errors[0].message, 'Forbidden');
    assert.equal((await gql(v2.baseUrl, fresh, USERS)).json.errors, undefined);
    assert.equal((await gql(v2.baseUrl, fresh, ME)).json.data.currentUser.role, 'USER');
  } finally {
    await sandboxAdmin(v2.baseUrl, 'set-role', { username: 'user', role: 'USER' });
  }
});

test('v1: a PAT keeps the permissions of its creation', async () => {
  const userPat = await newPat(v1, tok.v1user, 'created as USER');
  const adminPat = await newPat(v1, tok.v1admin, 'created as ADMIN');
  await sandboxAdmin(v1.baseUrl, 'set-role', { username: 'user', role: 'ADMIN' });
  await sandboxAdmin(v1.baseUrl, 'set-role', { username: 'admin', role: 'USER' });
  try {
    assert.equal((await gql(v1.baseUrl, userPat, USERS)).json.errors[0].message, 'Forbidden');
    assert.equal((await gql(v1.baseUrl, userPat, ME)).json.data.currentUser.role, 'ADMIN');
    assert.equal((await gql(v1.baseUrl, adminPat, USERS)).json.errors, undefined);
    assert.equal((await gql(v1.baseUrl, adminPat, ME)).json.data.currentUser.role, 'USER');
  } finally {
    await sandboxAdmin(v1.baseUrl, 'set-role', { username: 'user', role: 'USER' });
    await sandboxAdmin(v1.baseUrl, 'set-role', { username: 'admin', role: 'ADMIN' });
  }
});

test('X-Moderne-Platform-Version does not change what a generation does, and the operation log records it', async () => {
  const H = { 'X-Moderne-Platform-Version': 'v2' };
  await sandboxAdmin(v1.baseUrl, 'scm-expire', { username: 'admin', origin: 'github.com', inSeconds: -5 });
  const r1 = await gql(v1.baseUrl, tok.v1admin, SCM, null, null, H);
  assert.equal(r1.json.data.scmConnections.find((c) => c.resourceId === 'github.com').isAuthorized, false, 'v1 with the v2 header: no renewal');
  await sandboxAdmin(v2.baseUrl, 'scm-expire', { username: 'admin', origin: 'github.com', inSeconds: -5 });
  const r2 = await gql(v2.baseUrl, tok.v2admin, `query WithoutHeader ${SCM}`, null, 'WithoutHeader');
  assert.equal(r2.json.data.scmConnections.find((c) => c.resourceId === 'github.com').isAuthorized, true, 'v2 without the header: renewal');
  await gql(v2.baseUrl, tok.v2admin, 'query WithHeader { currentUser { email } }', null, 'WithHeader', H);
  const lines = fs.readFileSync(opsLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.find((l) => l.operationName === 'WithHeader').platformVersion, 'v2');
  assert.equal('platformVersion' in lines.find((l) => l.operationName === 'WithoutHeader'), false);
});

test('admin endpoints: users, tokens, the cap, the state dump, and their errors', async () => {
  let r = await sandboxAdmin(v2.baseUrl, 'add-user', { username: 'olivia', role: 'USER', daysAgo: 100 });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.email, 'olivia@moderne.example');
  assert.ok(near(r.json.lastActive, Date.now() - 100 * 24 * HOUR));
  assert.equal((await sandboxAdmin(v2.baseUrl, 'add-user', { username: 'olivia' })).status, 400, 'duplicate');
  const olivia = await login(v2.baseUrl, { username: 'olivia', password: 'olivia-password' });
  assert.equal((await gql(v2.baseUrl, olivia.access_token, ME)).json.data.currentUser.email, 'olivia@moderne.example');

  r = await sandboxAdmin(v2.baseUrl, 'add-token', { username: 'olivia', description: 'Moderne CLI', createdDaysAgo: 400, expiresInDays: -35 });
  assert.equal(r.status, 200);
  assert.match(r.json.token, /^mat-[A-Za-z0-9_-]{43}$/);
  assert.equal((await gql(v2.baseUrl, r.json.token, ME)).status, 401, 'expired 35 days ago');
  r = await sandboxAdmin(v2.baseUrl, 'add-token', { username: 'olivia', description: 'Moderne CLI', created: '2026-01-02T03:04:05Z' });
  assert.equal(r.json.created, '2026-01-02T03:04:05.000Z');
  assert.equal(r.json.expiresAt, null);
  assert.equal((await gql(v2.baseUrl, r.json.token, ME)).json.data.currentUser.email, 'olivia@moderne.example', 'a returned value works');

  // The users list follows lastActive changes (ordered by LAST_ACTIVE, newest first).
  const LAST = '{ users(first: 1, orderBy: [{ field: LAST_ACTIVE, direction: DESC }]) { edges { node { email } } } }';
  await sandboxAdmin(v2.baseUrl, 'set-last-active', { username: 'olivia', daysAgo: 100 }); // she signed in above
  assert.notEqual((await gql(v2.baseUrl, tok.v2admin, LAST)).json.data.users.edges[0].node.email, 'olivia@moderne.example');
  await sandboxAdmin(v2.baseUrl, 'set-last-active', { username: 'olivia', at: new Date(Date.now() + 3600000).toISOString() });
  assert.equal((await gql(v2.baseUrl, tok.v2admin, LAST)).json.data.users.edges[0].node.email, 'olivia@moderne.example');

  r = await sandboxAdmin(v2.baseUrl, 'state', { username: 'olivia' });
  assert.equal(r.json.platform, 'v2');
  assert.deepEqual(r.json.users[0].tokens.map((t) => t.description), ['Moderne CLI', 'Moderne CLI']);
  assert.equal(r.json.users[0].scm.length, 5);
  assert.ok(!JSON.stringify(r.json).includes('mat-'), 'no token values in the state dump');

  r = await sandboxAdmin(v2.baseUrl, 'set-max-expiry-days', { days: 30 });
  assert.deepEqual(r.json, { maxExpiryDays: 30 });
  const cap = await gql(v2.baseUrl, tok.v2user, '{ connectors { edges { node { personalAccessTokenConfiguration { maxExpiryDays } } } } }');
  assert.equal(cap.json.data.connectors.edges[0].node.personalAccessTokenConfiguration.maxExpiryDays, 30, 'every user reads the cap');
  const refused = await gql(v2.baseUrl, tok.v2user, CREATE, { d: 'forever' });
  assert.match(refused.json.errors[0].message, /maximum of 30 days/);
  await sandboxAdmin(v2.baseUrl, 'set-max-expiry-days', { days: 'none' });
  assert.equal((await gql(v2.baseUrl, tok.v2user, CREATE, { d: 'forever' })).json.errors, undefined);

  assert.equal((await sandboxAdmin(v2.baseUrl, 'set-role', { username: 'nobody', role: 'ADMIN' })).status, 404);
  assert.equal((await sandboxAdmin(v2.baseUrl, 'set-role', { username: 'user', role: 'ROOT' })).status, 400);
  assert.equal((await sandboxAdmin(v2.baseUrl, 'set-last-active', { username: 'user' })).status, 400);
  assert.equal((await sandboxAdmin(v2.baseUrl, 'set-last-active', { username: 'user', at: 'yesterday' })).status, 400);
  assert.equal((await sandboxAdmin(v2.baseUrl, 'scm-expire', { username: 'user', origin: 'example.org' })).status, 404);
  assert.equal((await sandboxAdmin(v2.baseUrl, 'set-role', { username: 'user', role: 'ADMIN' }, { method: 'GET' })).status, 405);
  assert.equal((await sandboxAdmin(v2.baseUrl, 'no-such-endpoint')).status, 404);
});
