// End-to-end: the browser sign-in a desktop app performs (PKCE S256, loopback redirect),
// the Keycloak-shaped access token, GraphQL with the JWT and with a PAT, refresh, revoke.
// Assertions never print token values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import {
  startServer, CookieJar, browse, pkce, discover, authorizeUrl, followUntil, extractFormAction,
  signIn, exchangeCode, refresh, gql, decodeJwt,
} from '../lib/testing.mjs';

const CURRENT_USER = `query CurrentUser {
  currentUser { email username role lastActive
    tokens(first: 10) { count edges { node { id description created expiresAt } cursor } pageInfo { hasNextPage endCursor } } }
}`;
const CREATE = `mutation Create($description: String, $expiresAt: DateTime) {
  createAccessToken(description: $description, expiresAt: $expiresAt) { id token description created expiresAt }
}`;
const REVOKE = 'mutation Revoke($id: ID!) { revokeAccessToken(id: $id) }';

let server;
let disco;
const redirectUri = `http://127.0.0.1:${40000 + Math.floor(Math.random() * 20000)}/callback`;

before(async () => {
  server = await startServer(['--access-token-lifetime', '600', '--refresh-token-lifetime', '3600']);
  disco = await discover(server.baseUrl);
});

after(async () => {
  const code = await server.stop();
  assert.equal(code, 0, 'server exits cleanly on SIGTERM');
});

// How fast it starts is printed, not asserted (speed belongs in bench/).
test('ready line is the only stdout', (t) => {
  assert.match(server.stdout, /^sandbox ready: http:\/\/127\.0\.0\.1:\d+\n$/);
  t.diagnostic(`ready after ${server.readyMs} ms`);
});

test('discovery is Keycloak-shaped', () => {
  const issuer = `${server.baseUrl}/auth/realms/moderne`;
  assert.equal(disco.issuer, issuer);
  assert.equal(disco.authorization_endpoint, `${issuer}/protocol/openid-connect/auth`);
  assert.equal(disco.token_endpoint, `${issuer}/protocol/openid-connect/token`);
  assert.equal(disco.jwks_uri, `${issuer}/protocol/openid-connect/certs`);
  assert.equal(disco.userinfo_endpoint, `${issuer}/protocol/openid-connect/userinfo`);
  assert.equal(disco.end_session_endpoint, `${issuer}/protocol/openid-connect/logout`);
  assert.equal(disco.revocation_endpoint, `${issuer}/protocol/openid-connect/revoke`);
  assert.deepEqual(disco.code_challenge_methods_supported, ['S256']);
  for (const s of ['openid', 'profile', 'email', 'offline_access']) assert.ok(disco.scopes_supported.includes(s), s);
});

test('full browser flow: login page, wrong password, code, token, GraphQL, refresh, PAT', async () => {
  const jar = new CookieJar();
  const { verifier, challenge } = pkce();
  const state = crypto.randomBytes(12).toString('base64url');

  // 1. authorization request -> redirect to the login page
  let res = await browse(jar, authorizeUrl(disco, { redirectUri, challenge, state }));
  assert.ok([302, 303].includes(res.status), `authorization request redirects (got ${res.status})`);
  let hop = await followUntil(jar, res, redirectUri);
  assert.ok(!hop.redirect, 'no code without a login');
  assert.equal(hop.final.status, 200);
  assert.match(new URL(hop.url).pathname, /^\/auth\/realms\/moderne\/login-actions\/authenticate\/[\w-]+$/);
  const html = await hop.final.text();
  assert.match(html, /<title>Sign in to moderne<\/title>/);
  assert.match(html, /<form id="kc-form-login" method="post"/);
  assert.match(html, /name="username"/);
  assert.match(html, /name="password"/);
  assert.match(html, /type="submit"/);
  const action = extractFormAction(html, hop.url);

  // 2. wrong password: same page again, status 200, visible error, no redirect
  res = await browse(jar, action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'admin', password: 'nope' }).toString(),
  });
  assert.equal(res.status, 200, 'wrong password re-renders the form');
  assert.equal(res.headers.get('location'), null);
  const errHtml = await res.text();
  assert.match(errHtml, /<span id="input-error"[^>]*>Invalid username or password\.<\/span>/);
  assert.match(errHtml, /id="kc-form-login"/);

  // 3. right password: redirects until the loopback redirect_uri with code + state
  res = await browse(jar, action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'admin', password: 'admin-password' }).toString(),
  });
  hop = await followUntil(jar, res, redirectUri);
  assert.ok(hop.redirect, 'sign-in ends at the redirect_uri');
  const code = hop.redirect.searchParams.get('code');
  assert.ok(code, 'code present');
  assert.ok(hop.redirect.searchParams.get('state') === state, 'state echoed');
  assert.equal(hop.redirect.searchParams.get('iss'), disco.issuer);

  // 4. code exchange with the verifier
  const tok = await exchangeCode(disco, { code, verifier, redirectUri });
  assert.equal(tok.status, 200, `token endpoint status (error: ${tok.json.error})`);
  assert.equal(tok.json.token_type, 'Bearer');
  assert.equal(tok.json.expires_in, 600);
  assert.ok(typeof tok.json.refresh_token === 'string' && tok.json.refresh_token.length > 20, 'refresh token issued');
  assert.ok(typeof tok.json.id_token === 'string', 'id token issued');
  assert.equal(tok.json.scope, 'openid profile email');

  // 5. the access token: an RS256 JWT with Keycloak's header and claims, verifiable with the JWKS
  const accessToken = tok.json.access_token;
  assert.equal(accessToken.split('.').length, 3, 'access token is a JWS');
  const { header, payload } = decodeJwt(accessToken);
  assert.equal(header.alg, 'RS256');
  assert.equal(header.typ, 'JWT');
  assert.ok(header.kid, 'kid');
  const jwks = createRemoteJWKSet(new URL(disco.jwks_uri));
  const verified = await jwtVerify(accessToken, jwks, { issuer: disco.issuer, audience: 'account' });
  assert.equal(verified.protectedHeader.kid, header.kid);
  for (const c of ['exp', 'iat', 'auth_time', 'jti', 'iss', 'aud', 'sub', 'typ', 'azp', 'sid', 'scope',
    'email_verified', 'name', 'preferred_username', 'email', 'realm_access', 'resource_access']) {
    assert.ok(c in payload, `claim ${c}`);
  }
  assert.equal(payload.exp - payload.iat, 600);
  assert.equal(payload.iss, disco.issuer);
  assert.equal(payload.aud, 'account');
  assert.match(payload.sub, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.equal(payload.typ, 'Bearer');
  assert.equal(payload.azp, 'tokendesk');
  assert.equal(payload.scope, 'openid profile email');
  assert.equal(payload.email_verified, true);
  assert.equal(payload.name, 'Ada Admin');
  assert.equal(payload.preferred_username, 'admin');
  assert.equal(payload.email, 'admin@moderne.example');
  assert.deepEqual(payload.realm_access.roles, ['admin', 'default-roles-moderne', 'offline_access']);
  assert.ok(Array.isArray(payload.resource_access.account.roles));
  assert.ok(Math.abs(payload.auth_time - Date.now() / 1000) < 60, 'auth_time is the sign-in time');
  assert.ok(!('client_id' in payload));

  // 6. GraphQL with the JWT
  let r = await gql(server.baseUrl, accessToken, CURRENT_USER);
  assert.equal(r.status, 200);
  assert.equal(r.json.errors, undefined, JSON.stringify(r.json.errors));
  const me = r.json.data.currentUser;
  assert.equal(me.username, 'admin');
  assert.equal(me.email, 'admin@moderne.example');
  assert.equal(me.role, 'ADMIN');
  assert.ok(Math.abs(Date.parse(me.lastActive) - Date.now()) < 60000, 'lastActive = the sign-in just made');
  assert.equal(me.tokens.count, 4);
  assert.ok(r.headers.get('date'), 'Date header');

  // 7. refresh
  const rt = await refresh(disco, tok.json.refresh_token);
  assert.equal(rt.status, 200, `refresh status (error: ${rt.json.error})`);
  assert.ok(rt.json.access_token && rt.json.access_token !== accessToken, 'a new access token');
  assert.ok(rt.json.refresh_token, 'refresh token rotated');
  const refreshed = decodeJwt(rt.json.access_token).payload;
  assert.equal(refreshed.preferred_username, 'admin');
  assert.equal(refreshed.auth_time, payload.auth_time, 'auth_time survives refresh');
  assert.equal(refreshed.sid, payload.sid, 'sid survives refresh');
  r = await gql(server.baseUrl, rt.json.access_token, CURRENT_USER);
  assert.equal(r.json.data.currentUser.username, 'admin');
  // the old (rotated) refresh token no longer works
  const reuse = await refresh(disco, tok.json.refresh_token);
  assert.equal(reuse.status, 400);
  assert.equal(reuse.json.error, 'invalid_grant');

  // 8. create a PAT, use it, revoke it, see 401
  r = await gql(server.baseUrl, rt.json.access_token, CREATE, { description: 'flow test', expiresAt: new Date(Date.now() + 7 * 86400000).toISOString() });
  assert.equal(r.json.errors, undefined, JSON.stringify(r.json.errors));
  const pat = r.json.data.createAccessToken;
  assert.ok(pat.token.startsWith('mat-') && pat.token.length >= 4 + 43, 'PAT value shape');
  assert.equal(pat.description, 'flow test');
  r = await gql(server.baseUrl, pat.token, CURRENT_USER);
  assert.equal(r.status, 200);
  assert.equal(r.json.data.currentUser.username, 'admin');
  assert.equal(r.json.data.currentUser.tokens.count, 5);
  assert.ok(r.json.data.currentUser.tokens.edges.some((e) => e.node.id === pat.id), 'new PAT listed');
  assert.ok(!JSON.stringify(r.json).includes(pat.token), 'PAT value is never listed');
  r = await gql(server.baseUrl, rt.json.access_token, REVOKE, { id: pat.id });
  assert.equal(r.json.data.revokeAccessToken, true);
  r = await gql(server.baseUrl, rt.json.access_token, REVOKE, { id: pat.id });
  assert.equal(r.json.data.revokeAccessToken, false, 'second revoke: not found');
  r = await gql(server.baseUrl, pat.token, CURRENT_USER);
  assert.equal(r.status, 401);
  assert.match(r.headers.get('www-authenticate') || '', /^Bearer/);
  assert.ok(Array.isArray(r.json.errors) && typeof r.json.errors[0].message === 'string');

  // 9. userinfo accepts the access token (as Keycloak's does)
  const ui = await fetch(disco.userinfo_endpoint, { headers: { authorization: `Bearer ${rt.json.access_token}` } });
  assert.equal(ui.status, 200);
  const info = await ui.json();
  assert.equal(info.sub, payload.sub);
  assert.equal(info.preferred_username, 'admin');
  assert.equal(info.email, 'admin@moderne.example');
  const bad = await fetch(disco.userinfo_endpoint, { headers: { authorization: 'Bearer nope' } });
  assert.equal(bad.status, 401);
});

test('SSO: a second authorization with the session cookie redirects straight back', async () => {
  const s1 = await signIn(server.baseUrl, { redirectUri });
  const jar = s1.jar;
  const { verifier, challenge } = pkce();
  const res = await browse(jar, authorizeUrl(disco, { redirectUri, challenge, state: 'second' }));
  const hop = await followUntil(jar, res, redirectUri);
  assert.ok(hop.redirect, 'no login page the second time');
  assert.equal(hop.redirect.searchParams.get('state'), 'second');
  const tok = await exchangeCode(disco, { code: hop.redirect.searchParams.get('code'), verifier, redirectUri });
  assert.equal(tok.status, 200);
});

test('missing code_verifier at the token endpoint: 400 invalid_grant', async () => {
  const s = await signIn(server.baseUrl, { redirectUri });
  assert.ok(s.code);
  const tok = await exchangeCode(s.disco, { code: s.code, redirectUri });
  assert.equal(tok.status, 400);
  assert.equal(tok.json.error, 'invalid_grant');
});

test('wrong code_verifier at the token endpoint: 400 invalid_grant', async () => {
  const s = await signIn(server.baseUrl, { redirectUri });
  const tok = await exchangeCode(s.disco, { code: s.code, verifier: pkce().verifier, redirectUri });
  assert.equal(tok.status, 400);
  assert.equal(tok.json.error, 'invalid_grant');
});

test('no code_challenge: error redirect to the redirect_uri', async () => {
  const jar = new CookieJar();
  const res = await browse(jar, authorizeUrl(disco, { redirectUri, state: 'nopkce' }));
  const hop = await followUntil(jar, res, redirectUri);
  assert.ok(hop.redirect, 'redirected back to the app');
  assert.equal(hop.redirect.searchParams.get('error'), 'invalid_request');
  assert.equal(hop.redirect.searchParams.get('state'), 'nopkce');
  assert.equal(hop.redirect.searchParams.get('code'), null);
});

test('plain code_challenge_method is refused', async () => {
  const jar = new CookieJar();
  const u = new URL(authorizeUrl(disco, { redirectUri, state: 'plain' }));
  u.searchParams.set('code_challenge', pkce().verifier);
  u.searchParams.set('code_challenge_method', 'plain');
  const hop = await followUntil(jar, await browse(jar, u.href), redirectUri);
  assert.ok(hop.redirect);
  assert.equal(hop.redirect.searchParams.get('error'), 'invalid_request');
});

test('loopback redirect URIs on any port are accepted; other redirect URIs are not', async () => {
  for (const uri of ['http://127.0.0.1:1234/', 'http://localhost:4321/callback']) {
    const jar = new CookieJar();
    const res = await browse(jar, authorizeUrl(disco, { redirectUri: uri, challenge: pkce().challenge, state: 'x' }));
    const hop = await followUntil(jar, res, uri);
    assert.ok(!hop.redirect && hop.final.status === 200, `${uri}: login page shown`);
  }
  const jar = new CookieJar();
  const res = await browse(jar, authorizeUrl(disco, { redirectUri: 'http://evil.example/callback', challenge: pkce().challenge, state: 'x' }));
  assert.equal(res.status, 400, 'unregistered redirect_uri is an error page, not a redirect');
});

test('GraphQL without, with garbage, and with a foreign JWT: 401 with JSON errors and WWW-Authenticate', async () => {
  const foreign = await (async () => {
    const { SignJWT, generateKeyPair } = await import('jose');
    const { privateKey } = await generateKeyPair('RS256');
    return new SignJWT({ preferred_username: 'admin' }).setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuer(disco.issuer).setAudience('account').setSubject('x').setIssuedAt().setExpirationTime('5m').sign(privateKey);
  })();
  for (const bearer of [null, 'garbage', 'mat-doesnotexist', foreign]) {
    const r = await gql(server.baseUrl, bearer, CURRENT_USER);
    assert.equal(r.status, 401);
    assert.match(r.headers.get('www-authenticate') || '', /^Bearer/);
    assert.ok(r.headers.get('date'));
    assert.equal(typeof r.json.errors[0].message, 'string');
  }
});

test('the user account signs in too and is not an admin', async () => {
  const s = await signIn(server.baseUrl, { username: 'user', password: 'user-password', redirectUri });
  const tok = await exchangeCode(s.disco, s);
  const { payload } = decodeJwt(tok.json.access_token);
  assert.deepEqual(payload.realm_access.roles, ['default-roles-moderne', 'offline_access']);
  assert.equal(payload.name, 'Uma User');
  const r = await gql(server.baseUrl, tok.json.access_token, 'query { currentUser { role tokens { count } } users { count } }');
  assert.equal(r.json.errors[0].message, 'Forbidden');
  const r2 = await gql(server.baseUrl, tok.json.access_token, 'query { currentUser { role tokens { count } } }');
  assert.equal(r2.json.data.currentUser.role, 'USER');
  assert.equal(r2.json.data.currentUser.tokens.count, 2);
});

test('--realm changes the issuer path, the page title and the default role; SIGINT exits cleanly', async () => {
  const other = await startServer(['--realm', 'acme']);
  try {
    const d = await discover(other.baseUrl, 'acme');
    assert.equal(d.issuer, `${other.baseUrl}/auth/realms/acme`);
    const jar = new CookieJar();
    const ru = 'http://127.0.0.1:45680/callback';
    const hop = await followUntil(jar, await browse(jar, authorizeUrl(d, { redirectUri: ru, challenge: pkce().challenge, state: 'a' })), ru);
    assert.match(await hop.final.text(), /<title>Sign in to acme<\/title>/);
    assert.equal((await fetch(`${other.baseUrl}/auth/realms/moderne/.well-known/openid-configuration`)).status, 404);
  } finally {
    const done = new Promise((resolve) => { other.child.once('exit', (code) => resolve(code)); });
    other.child.kill('SIGINT');
    assert.equal(await done, 0);
  }
});
