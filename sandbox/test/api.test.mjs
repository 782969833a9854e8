// The GraphQL API beyond the sign-in: paging at scale, expiry caps, admin operations,
// the SCM authorization round trip, the admin session revocation, the operation log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, login, gql, refresh, browse, pkce, authorizeUrl, followUntil, CookieJar, scratchDir } from '../lib/testing.mjs';

const DAY = 86400000;
let server;
let admin; // token response for admin
let userTok; // token response for user

const tmp = scratchDir('api');
const logA = path.join(tmp, 'ops-flag.jsonl');
const logB = path.join(tmp, 'ops-env.jsonl');

before(async () => {
  server = await startServer([
    '--max-expiry-days', '90', '--seed-tokens', '10000', '--scm-token-lifetime', '28800', '--log-operations', logA,
  ], { env: { SANDBOX_LOG_OPERATIONS: logB } });
  admin = await login(server.baseUrl);
  userTok = await login(server.baseUrl, { username: 'user', password: 'user-password' });
});

after(async () => {
  await server.stop();
});

const TOKENS = `query T($first: Int, $after: String, $where: AccessTokenWhereInput, $orderBy: [AccessTokenOrderByInput!]) {
  currentUser { tokens(first: $first, after: $after, where: $where, orderBy: $orderBy) {
    count edges { node { id description created expiresAt } cursor } pageInfo { hasNextPage endCursor } } } }`;
const CREATE = `mutation C($description: String, $expiresAt: DateTime) {
  createAccessToken(description: $description, expiresAt: $expiresAt) { id token description created expiresAt } }`;

test('--seed-tokens 10000: cursor paging, ordering and filtering', async () => {
  const seen = new Set();
  let after = null;
  const t0 = Date.now();
  for (let i = 0; i < 3; i += 1) {
    const r = await gql(server.baseUrl, admin.access_token, TOKENS, { first: 50, after });
    assert.equal(r.json.errors, undefined, JSON.stringify(r.json.errors));
    const c = r.json.data.currentUser.tokens;
    assert.equal(c.count, 10004);
    assert.equal(c.edges.length, 50);
    assert.equal(c.pageInfo.hasNextPage, true);
    for (const e of c.edges) { assert.ok(!seen.has(e.node.id), 'no duplicates across pages'); seen.add(e.node.id); }
    assert.equal(c.pageInfo.endCursor, c.edges[49].cursor);
    after = c.pageInfo.endCursor;
  }
  assert.ok(Date.now() - t0 < 5000, 'three pages of 10k tokens in < 5 s');

  let r = await gql(server.baseUrl, admin.access_token, TOKENS, { first: 10000, orderBy: [{ field: 'EXPIRES_AT', direction: 'ASC' }] });
  let edges = r.json.data.currentUser.tokens.edges;
  const exp = edges.map((e) => e.node.expiresAt);
  const firstNull = exp.indexOf(null);
  assert.ok(firstNull > 0 && exp.slice(firstNull).every((x) => x === null), 'ASC: tokens without expiry last');
  const dated = exp.slice(0, firstNull).map(Date.parse);
  assert.ok(dated.every((v, i) => i === 0 || dated[i - 1] <= v), 'ASC order');
  assert.equal(r.json.data.currentUser.tokens.pageInfo.hasNextPage, true, '10000 of 10004');

  r = await gql(server.baseUrl, admin.access_token, TOKENS, { first: 5, orderBy: [{ field: 'CREATED', direction: 'ASC' }] });
  edges = r.json.data.currentUser.tokens.edges;
  assert.ok(edges.every((e, i) => i === 0 || Date.parse(edges[i - 1].node.created) <= Date.parse(e.node.created)));

  r = await gql(server.baseUrl, admin.access_token, TOKENS, { where: { description: { _contains: 'expires in 3 days' } } });
  assert.equal(r.json.data.currentUser.tokens.count, 1);
  r = await gql(server.baseUrl, admin.access_token, TOKENS, { where: { description: { _eq: 'Seed token 42' } } });
  assert.equal(r.json.data.currentUser.tokens.count, 1);
  r = await gql(server.baseUrl, admin.access_token, TOKENS, { where: { description: { _startsWith: 'Seed token ' } } });
  assert.equal(r.json.data.currentUser.tokens.count, 10000);
  r = await gql(server.baseUrl, admin.access_token, TOKENS, { where: { _or: [{ expiresAt: { _lt: new Date().toISOString() } }, { description: { _icontains: 'NO EXPIRY' } }] } });
  assert.equal(r.json.errors, undefined, JSON.stringify(r.json.errors));
  assert.ok(r.json.data.currentUser.tokens.count > 1);

  r = await gql(server.baseUrl, admin.access_token, TOKENS, { first: 1, after: 'bm9wZQ' });
  assert.match(r.json.errors[0].message, /Invalid cursor/);
});

test('createAccessToken: past expiry and the --max-expiry-days cap are rejected with clear messages', async () => {
  let r = await gql(server.baseUrl, admin.access_token, CREATE, { description: 'past', expiresAt: new Date(Date.now() - DAY).toISOString() });
  assert.match(r.json.errors[0].message, /must be in the future/);
  r = await gql(server.baseUrl, admin.access_token, CREATE, { description: 'forever' });
  assert.equal(r.json.errors[0].message, 'Token expiry exceeds the maximum of 90 days allowed by your administrator.');
  r = await gql(server.baseUrl, admin.access_token, CREATE, { description: 'long', expiresAt: new Date(Date.now() + 91 * DAY).toISOString() });
  assert.equal(r.json.errors[0].message, 'Token expiry exceeds the maximum of 90 days allowed by your administrator.');
  r = await gql(server.baseUrl, admin.access_token, CREATE, { description: 'bad date', expiresAt: 'tomorrow' });
  assert.ok(r.json.errors[0].message.includes('RFC 3339'));
  r = await gql(server.baseUrl, admin.access_token, CREATE, { description: 'ok', expiresAt: new Date(Date.now() + 30 * DAY).toISOString() });
  assert.equal(r.json.errors, undefined);
  assert.equal(r.json.data.createAccessToken.description, 'ok');
  r = await gql(server.baseUrl, admin.access_token, '{ connectors { count edges { node { personalAccessTokenConfiguration { maxExpiryDays } } } } }');
  assert.equal(r.json.data.connectors.edges[0].node.personalAccessTokenConfiguration.maxExpiryDays, 90);
});

test('a PAT stops working when it expires', async () => {
  const r = await gql(server.baseUrl, admin.access_token, CREATE, { description: 'short', expiresAt: new Date(Date.now() + 1500).toISOString() });
  const pat = r.json.data.createAccessToken.token;
  assert.equal((await gql(server.baseUrl, pat, '{ currentUser { username } }')).status, 200);
  await new Promise((res) => { setTimeout(res, 1700); });
  const late = await gql(server.baseUrl, pat, '{ currentUser { username } }');
  assert.equal(late.status, 401);
  assert.match(late.json.errors[0].message, /expired/);
});

test('admin operations: users(where tokenCount), revokeAllAccessTokens, auditLogs', async () => {
  const USERS = `query U { users(where: { tokenCount: { _gt: 0 } }, orderBy: [{ field: EMAIL, direction: ASC }]) {
    count edges { node { email username role lastActive tokens(first: 1) { count } } cursor } pageInfo { hasNextPage endCursor } } }`;
  let r = await gql(server.baseUrl, admin.access_token, USERS);
  assert.equal(r.json.data.users.count, 2);
  assert.deepEqual(r.json.data.users.edges.map((e) => e.node.username), ['admin', 'user']);
  r = await gql(server.baseUrl, userTok.access_token, 'mutation { revokeAllAccessTokens(email: "admin@moderne.example") }');
  assert.equal(r.json.errors[0].message, 'Forbidden');
  r = await gql(server.baseUrl, admin.access_token, 'mutation { revokeAllAccessTokens(email: "user@moderne.example") }');
  assert.equal(r.json.data.revokeAllAccessTokens, true);
  r = await gql(server.baseUrl, admin.access_token, USERS);
  assert.equal(r.json.data.users.count, 1);
  r = await gql(server.baseUrl, admin.access_token, '{ auditLogs(where: { target: { _eq: "access.tokens" } }) { count edges { node { action actionType outcome user { email } } } } }');
  assert.ok(r.json.data.auditLogs.count >= 2);
});

test('SCM: initiateAuthorization -> fake SCM page -> exchangeAuthorizationCode -> revokeScmToken', async () => {
  const redirectUri = 'http://127.0.0.1:45678/scm-callback';
  const INIT = 'mutation I($o: String!, $r: String!) { initiateAuthorization(input: { origin: $o, redirectUri: $r }) { id authorizationUrl callbackParameters expiresAt } }';
  const EXCH = 'mutation E($input: ExchangeAuthorizationCodeInput!) { exchangeAuthorizationCode(input: $input) { success error } }';
  const SCM = '{ scmConnections { __typename resourceId isAuthorized tokens { created expiresAt } } }';

  let r = await gql(server.baseUrl, admin.access_token, SCM);
  const types = Object.fromEntries(r.json.data.scmConnections.map((c) => [c.resourceId, c]));
  assert.equal(types['github.com'].__typename, 'GithubConnection');
  assert.equal(types['github.com'].isAuthorized, true);
  assert.equal(types['gitlab.com'].isAuthorized, false);
  assert.equal(types['bitbucket.example.com'].__typename, 'BitbucketConnection');
  assert.equal(types['bitbucket.example.com'].isAuthorized, false);
  assert.equal(types['bitbucket.example.com'].tokens.length, 1);
  assert.equal(types['bitbucket.org'].__typename, 'BitbucketCloudConnection');
  assert.equal(types['dev.azure.com'].__typename, 'AzureDevOpsConnection');

  r = await gql(server.baseUrl, admin.access_token, INIT, { o: 'gitlab.com', r: redirectUri });
  const auth = r.json.data.initiateAuthorization;
  assert.deepEqual(auth.callbackParameters, ['code']);
  assert.ok(Math.abs(Date.parse(auth.expiresAt) - (Date.now() + 600000)) < 60000);
  const authUrl = new URL(auth.authorizationUrl);
  assert.equal(authUrl.origin, server.baseUrl);
  assert.equal(authUrl.pathname, '/sandbox/scm/authorize');
  const pageRes = await fetch(authUrl);
  assert.equal(pageRes.status, 200);
  assert.match(await pageRes.text(), /Authorize gitlab\.com/);
  const form = new URLSearchParams({ authorization: authUrl.searchParams.get('authorization'), state: authUrl.searchParams.get('state'), decision: 'authorize' });
  const post = await fetch(new URL('/sandbox/scm/authorize', server.baseUrl), { method: 'POST', body: form, redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(post.status, 302);
  const back = new URL(post.headers.get('location'));
  assert.ok(back.href.startsWith(redirectUri));
  const code = back.searchParams.get('code');
  const state = back.searchParams.get('state');
  assert.ok(code && state);

  r = await gql(server.baseUrl, admin.access_token, EXCH, { input: { authorizationId: auth.id, code, state: 'wrong', redirectUri } });
  assert.deepEqual(r.json.data.exchangeAuthorizationCode, { success: false, error: 'State does not match the authorization request.' });
  r = await gql(server.baseUrl, admin.access_token, EXCH, { input: { authorizationId: auth.id, code, state, redirectUri: 'http://127.0.0.1:1/other' } });
  assert.equal(r.json.data.exchangeAuthorizationCode.success, false);
  r = await gql(server.baseUrl, admin.access_token, EXCH, { input: { authorizationId: auth.id, code, state, redirectUri } });
  assert.deepEqual(r.json.data.exchangeAuthorizationCode, { success: true, error: null });
  r = await gql(server.baseUrl, admin.access_token, SCM);
  const gl = r.json.data.scmConnections.find((c) => c.resourceId === 'gitlab.com');
  assert.equal(gl.isAuthorized, true);
  assert.ok(Math.abs(Date.parse(gl.tokens[0].expiresAt) - (Date.now() + 28800000)) < 60000, 'expires after --scm-token-lifetime');

  // Deny
  r = await gql(server.baseUrl, admin.access_token, INIT, { o: 'bitbucket.org', r: redirectUri });
  const denyUrl = new URL(r.json.data.initiateAuthorization.authorizationUrl);
  const deny = await fetch(new URL('/sandbox/scm/authorize', server.baseUrl), {
    method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ authorization: denyUrl.searchParams.get('authorization'), state: denyUrl.searchParams.get('state'), decision: 'deny' }),
  });
  assert.equal(deny.status, 302);
  const denied = new URL(deny.headers.get('location'));
  assert.equal(denied.searchParams.get('error'), 'access_denied');
  assert.equal(denied.searchParams.get('state'), denyUrl.searchParams.get('state'));

  r = await gql(server.baseUrl, admin.access_token, 'mutation { revokeScmToken(input: { origin: "gitlab.com" }) { success error } }');
  assert.deepEqual(r.json.data.revokeScmToken, { success: true, error: null });
  r = await gql(server.baseUrl, admin.access_token, 'mutation { revokeScmToken(input: { origin: "gitlab.com" }) { success error } }');
  assert.equal(r.json.data.revokeScmToken.success, false);
});

test('POST /sandbox/admin/revoke-sessions ends sessions, refresh tokens and earlier JWTs', async () => {
  const jar = new CookieJar();
  const t = await login(server.baseUrl, { username: 'user', password: 'user-password', jar });
  assert.equal((await gql(server.baseUrl, t.access_token, '{ currentUser { username } }')).status, 200);
  const res = await fetch(`${server.baseUrl}/sandbox/admin/revoke-sessions?username=user`, { method: 'POST' });
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.ok(body.sessions >= 1 && body.refreshTokens >= 1);
  assert.equal((await gql(server.baseUrl, t.access_token, '{ currentUser { username } }')).status, 401, 'old JWT refused');
  const rt = await refresh(t.disco, t.refresh_token);
  assert.equal(rt.status, 400);
  assert.equal(rt.json.error, 'invalid_grant');
  // the browser session is gone: the login page shows again
  const redirectUri = 'http://127.0.0.1:45679/callback';
  const hop = await followUntil(jar, await browse(jar, authorizeUrl(t.disco, { redirectUri, challenge: pkce().challenge, state: 's' })), redirectUri);
  assert.ok(!hop.redirect && hop.final.status === 200, 'login page again');
  // a fresh sign-in works; admin is unaffected
  const again = await login(server.baseUrl, { username: 'user', password: 'user-password' });
  assert.equal((await gql(server.baseUrl, again.access_token, '{ currentUser { username } }')).status, 200);
  assert.equal((await gql(server.baseUrl, admin.access_token, '{ currentUser { username } }')).status, 200);
});

test('operation log: one JSON line per request in both files, secrets redacted', async () => {
  // a request carrying secret-looking variables, and an unauthenticated one
  await gql(server.baseUrl, admin.access_token, 'mutation E($input: ExchangeAuthorizationCodeInput!) { exchangeAuthorizationCode(input: $input) { success } }',
    { input: { authorizationId: 'x', code: 'secret-code', state: 'secret-state', redirectUri: 'http://127.0.0.1:1/' } }, 'E');
  await gql(server.baseUrl, admin.access_token, 'query Q($x: String) { currentUser { tokens(where: { description: { _eq: $x } }) { count } } }',
    { x: admin.access_token }, 'Q');
  await gql(server.baseUrl, null, 'query Anon { currentUser { username } }', null, 'Anon');
  for (const file of [logA, logB]) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(lines.length > 10);
    for (const l of lines) {
      assert.deepEqual(Object.keys(l).sort(), ['auth', 'operationName', 'query', 'status', 'time', 'variables']);
      assert.ok(!Number.isNaN(Date.parse(l.time)));
      assert.equal(typeof l.status, 'number');
    }
    const e = lines.find((l) => l.operationName === 'E');
    assert.equal(e.variables.input.code, '<redacted>');
    assert.equal(e.variables.input.state, '<redacted>');
    assert.equal(e.auth, 'jwt');
    assert.equal(lines.find((l) => l.operationName === 'Q').variables.x, '<redacted>');
    const anon = lines.find((l) => l.operationName === 'Anon');
    assert.equal(anon.auth, 'none');
    assert.equal(anon.status, 401);
    assert.ok(lines.some((l) => l.auth === 'pat'));
    assert.ok(!/mat-[A-Za-z0-9_-]{20}/.test(text), 'no PAT values in the log');
    assert.ok(!/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\./.test(text), 'no JWTs in the log');
    assert.ok(!text.includes('secret-code') && !text.includes('secret-state'));
  }
});

test('no secrets on the server\'s stderr', () => {
  assert.ok(!/mat-[A-Za-z0-9_-]{20}/.test(server.stderr));
  assert.ok(!/eyJ[A-Za-z0-9_-]+\./.test(server.stderr));
  assert.ok(!server.stderr.includes('password'));
});
