// Test helpers: start server.mjs as a child process, a tiny cookie jar, a browser-ish
// fetch with manual redirects, PKCE, and a full sign-in helper.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { sandboxDir } from './paths.mjs';

export async function startServer(args = [], { env = {}, timeoutMs = 60000 } = {}) {
  const child = spawn(process.execPath, [path.join(sandboxDir, 'server.mjs'), '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const started = Date.now();
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not become ready in ${timeoutMs} ms; stderr:\n${stderr}`)), timeoutMs);
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = /^sandbox ready: (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`sandbox exited early (${code}); stderr:\n${stderr}`)); });
  });
  const readyMs = Date.now() - started;
  return {
    child,
    baseUrl,
    readyMs,
    get stdout() { return stdout; },
    get stderr() { return stderr; },
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) { resolve(child.exitCode); return; }
      child.once('exit', (code, signal) => resolve(code ?? signal));
      child.kill('SIGTERM');
    }),
  };
}

/** The cookies `res` sets: name, value, attributes, and whether it removes the cookie instead. */
export function setCookies(res) {
  return res.headers.getSetCookie().map((c) => {
    const [pair, ...attrs] = c.split(';');
    const i = pair.indexOf('=');
    const name = pair.slice(0, i).trim();
    const value = pair.slice(i + 1).trim();
    const removed = value === ''
      || attrs.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now())
      || attrs.some((a) => /^\s*max-age=0/i.test(a));
    return { name, value, attrs, removed };
  });
}

/** A scratch folder for the calling test file (`sandbox-<name>-…` in the system's temp folder), removed after its tests. */
export function scratchDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sandbox-${name}-`));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export class CookieJar {
  constructor() { this.cookies = new Map(); }
  store(res) {
    for (const { name, value, removed } of setCookies(res)) {
      if (removed) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
}

/** fetch with a cookie jar and no automatic redirects. */
export async function browse(jar, url, init = {}) {
  const headers = { ...(init.headers || {}) };
  const cookie = jar.header();
  if (cookie) headers.cookie = cookie;
  const res = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(res);
  return res;
}

export function pkce() {
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export async function discover(baseUrl, realm = 'moderne') {
  const res = await fetch(`${baseUrl}/auth/realms/${realm}/.well-known/openid-configuration`);
  if (res.status !== 200) throw new Error(`discovery failed: ${res.status}`);
  return res.json();
}

export function authorizeUrl(disco, { redirectUri, challenge, state, scope = 'openid profile email', extra = {} }) {
  const u = new URL(disco.authorization_endpoint);
  u.searchParams.set('client_id', 'tokendesk');
  u.searchParams.set('response_type', 'code');
  u.searchParams.set('redirect_uri', redirectUri);
  u.searchParams.set('scope', scope);
  u.searchParams.set('state', state);
  if (challenge) {
    u.searchParams.set('code_challenge', challenge);
    u.searchParams.set('code_challenge_method', 'S256');
  }
  for (const [k, v] of Object.entries(extra)) u.searchParams.set(k, v);
  return u.href;
}

/** Follows redirects by hand until one points at redirectUri (returned) or a non-redirect page (returned). */
export async function followUntil(jar, res, redirectUri, maxHops = 10) {
  let current = res;
  let url = current.url;
  for (let i = 0; i < maxHops; i += 1) {
    if (![301, 302, 303, 307, 308].includes(current.status)) return { final: current, url };
    const loc = new URL(current.headers.get('location'), url);
    if (loc.href.startsWith(redirectUri)) return { redirect: loc };
    url = loc.href;
    current = await browse(jar, url);
  }
  throw new Error('too many redirects');
}

export function extractFormAction(html, baseUrl) {
  const m = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)
    || /<form[^>]*action="([^"]+)"[^>]*id="kc-form-login"/.exec(html);
  if (!m) throw new Error('login form not found');
  return new URL(m[1].replace(/&amp;/g, '&'), baseUrl).href;
}

/** Full browser sign-in; returns { code, state, verifier, redirectUri, jar, disco }. */
export async function signIn(baseUrl, { username = 'admin', password = 'admin-password', redirectUri = 'http://127.0.0.1:53682/callback', jar = new CookieJar(), scope } = {}) {
  const disco = await discover(baseUrl);
  const { verifier, challenge } = pkce();
  const state = crypto.randomBytes(12).toString('base64url');
  let res = await browse(jar, authorizeUrl(disco, { redirectUri, challenge, state, scope }));
  let hop = await followUntil(jar, res, redirectUri);
  if (!hop.redirect) {
    const html = await hop.final.text();
    const action = extractFormAction(html, hop.url);
    res = await browse(jar, action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password }).toString(),
    });
    hop = await followUntil(jar, res, redirectUri);
    if (!hop.redirect) throw new Error(`sign-in did not redirect (status ${hop.final.status})`);
  }
  return {
    code: hop.redirect.searchParams.get('code'),
    state: hop.redirect.searchParams.get('state'),
    expectedState: state,
    redirect: hop.redirect,
    verifier, redirectUri, jar, disco,
  };
}

export async function exchangeCode(disco, { code, verifier, redirectUri }) {
  const body = new URLSearchParams({ grant_type: 'authorization_code', client_id: 'tokendesk', code, redirect_uri: redirectUri });
  if (verifier) body.set('code_verifier', verifier);
  const res = await fetch(disco.token_endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  return { status: res.status, json: await res.json() };
}

export async function refresh(disco, refreshToken) {
  const body = new URLSearchParams({ grant_type: 'refresh_token', client_id: 'tokendesk', refresh_token: refreshToken });
  const res = await fetch(disco.token_endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  return { status: res.status, json: await res.json() };
}

export async function gql(baseUrl, bearer, query, variables, operationName, extraHeaders = {}) {
  const headers = { 'content-type': 'application/json', accept: 'application/json', ...extraHeaders };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables, operationName }) });
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { json = { raw: text }; }
  return { status: res.status, headers: res.headers, json };
}

export function decodeJwt(jwt) {
  const [h, p] = jwt.split('.');
  return { header: JSON.parse(Buffer.from(h, 'base64url')), payload: JSON.parse(Buffer.from(p, 'base64url')) };
}

/** Signs in and exchanges the code; returns the token response JSON. */
export async function login(baseUrl, opts = {}) {
  const s = await signIn(baseUrl, opts);
  const t = await exchangeCode(s.disco, s);
  if (t.status !== 200) throw new Error(`token exchange failed: ${t.status} ${t.json.error}`);
  return { ...t.json, disco: s.disco, jar: s.jar };
}

/** Calls a test-only endpoint: POST /sandbox/admin/<name>?<params> (GET for `state`). */
export async function sandboxAdmin(baseUrl, name, params = {}, { method, body } = {}) {
  const url = new URL(`/sandbox/admin/${name}`, baseUrl);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, String(v));
  const init = { method: method || (name === 'state' ? 'GET' : 'POST') };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const res = await fetch(url, init);
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { json = { raw: text }; }
  return { status: res.status, json };
}

/** Queues a fault (POST /sandbox/admin/faults). */
export async function queueFault(baseUrl, fault) {
  return sandboxAdmin(baseUrl, 'faults', {}, { body: fault });
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes (then throws). */
export async function waitFor(fn, { timeoutMs = 10000, intervalMs = 100, what = 'condition' } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => { setTimeout(r, intervalMs); });
  }
}
