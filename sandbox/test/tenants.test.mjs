// Two tenants = two sandbox processes with different --realm on one host: a browser (one
// cookie store for 127.0.0.1, whatever the port) keeps both SSO sessions; each tenant's
// tokens work there only. PAT values have the platform's shape, `mat-` + random.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import {
  startServer, discover, authorizeUrl, pkce, extractFormAction, exchangeCode, gql, setCookies,
} from '../lib/testing.mjs';

/** A browser's cookie store for one host: cookies are keyed by name and path, sent by path prefix, ports ignored. */
class BrowserJar {
  constructor() { this.cookies = new Map(); } // `${path}\t${name}` -> { name, value, path }
  store(res) {
    for (const { name, value, attrs, removed } of setCookies(res)) {
      const pathAttr = attrs.map((a) => a.trim()).find((a) => /^path=/i.test(a));
      const path = pathAttr ? pathAttr.slice(5) : '/';
      const key = `${path}\t${name}`;
      if (removed) this.cookies.delete(key);
      else this.cookies.set(key, { name, value, path });
    }
  }
  header(url) {
    const p = new URL(url).pathname;
    return [...this.cookies.values()]
      .filter((c) => p === c.path || p.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`).join('; ');
  }
  paths(name) { return [...this.cookies.values()].filter((c) => c.name === name).map((c) => c.path); }
}

async function browse(jar, url, init = {}) {
  const headers = { ...(init.headers || {}) };
  const cookie = jar.header(url);
  if (cookie) headers.cookie = cookie;
  const res = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(res);
  return res;
}

/** Runs the authorization request in the browser; signs in only when the login page shows. */
async function authorize(jar, server, realm, { username, password }) {
  const disco = await discover(server.baseUrl, realm);
  const { verifier, challenge } = pkce();
  const redirectUri = 'http://127.0.0.1:49152/callback';
  let url = authorizeUrl(disco, { redirectUri, challenge, state: crypto.randomBytes(8).toString('hex') });
  let loginShown = false;
  for (let hop = 0; hop < 12; hop += 1) {
    const res = await browse(jar, url);
    if ([302, 303].includes(res.status)) {
      const next = new URL(res.headers.get('location'), url);
      if (next.href.startsWith(redirectUri)) {
        const t = await exchangeCode(disco, { code: next.searchParams.get('code'), verifier, redirectUri });
        assert.equal(t.status, 200);
        return { loginShown, token: t.json.access_token };
      }
      url = next.href;
      continue;
    }
    assert.equal(res.status, 200, `unexpected ${res.status} at ${url}`);
    loginShown = true;
    const action = extractFormAction(await res.text(), url);
    const posted = await browse(jar, action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password }).toString(),
    });
    url = new URL(posted.headers.get('location'), action).href;
  }
  throw new Error('too many hops');
}

let acme;
let globex;

before(async () => {
  [acme, globex] = await Promise.all([startServer(['--realm', 'acme']), startServer(['--realm', 'globex', '--platform', 'v1'])]);
});

after(async () => {
  await Promise.all([acme.stop(), globex.stop()]);
});

test('two tenants side by side: separate ports and issuers, SSO sessions that do not clobber each other', async () => {
  assert.notEqual(new URL(acme.baseUrl).port, new URL(globex.baseUrl).port);
  const jar = new BrowserJar();
  const admin = { username: 'admin', password: 'admin-password' };
  const a1 = await authorize(jar, acme, 'acme', admin);
  assert.equal(a1.loginShown, true);
  const g1 = await authorize(jar, globex, 'globex', admin);
  assert.equal(g1.loginShown, true, 'the other tenant asks for its own sign-in');
  // Back to the first tenant: its session survived the visit to the second.
  const a2 = await authorize(jar, acme, 'acme', admin);
  assert.equal(a2.loginShown, false, 'acme SSO session kept');
  const g2 = await authorize(jar, globex, 'globex', admin);
  assert.equal(g2.loginShown, false, 'globex SSO session kept');
  assert.deepEqual(jar.paths('_session').sort(), ['/auth/realms/acme/', '/auth/realms/globex/']);

  // Tokens belong to their tenant.
  assert.equal((await gql(acme.baseUrl, a2.token, '{ currentUser { email } }')).status, 200);
  assert.equal((await gql(globex.baseUrl, a2.token, '{ currentUser { email } }')).status, 401);
  const pat = (await gql(acme.baseUrl, a2.token, 'mutation { createAccessToken(description: "acme only") { token } }')).json.data.createAccessToken.token;
  assert.equal((await gql(acme.baseUrl, pat, '{ currentUser { email } }')).status, 200);
  assert.equal((await gql(globex.baseUrl, pat, '{ currentUser { email } }')).status, 401);
});

test('createAccessToken values have the platform\'s shape: mat- and 43 random base64url characters', async () => {
  const { token } = await authorize(new BrowserJar(), acme, 'acme', { username: 'user', password: 'user-password' });
  const values = new Set();
  for (let i = 0; i < 5; i += 1) {
    const r = await gql(acme.baseUrl, token, 'mutation { createAccessToken(description: "shape") { id token } }');
    const v = r.json.data.createAccessToken.token;
    assert.match(v, /^mat-[A-Za-z0-9_-]{43}$/);
    values.add(v.slice(0, 8)); // the prefix the app shows, `mat-XXXX`
  }
  assert.ok(values.size >= 4, 'prefixes differ (random)');
});
