#!/usr/bin/env node
// TokenDesk sandbox: a Keycloak-shaped OIDC provider (oidc-provider 8.x) and a
// Moderne-shaped GraphQL API (graphql + graphql-http) on one loopback port.
//
//   node sandbox/server.mjs [--port N] [--realm NAME] [--platform v1|v2]
//     [--access-token-lifetime S] [--refresh-token-lifetime S] [--scm-token-lifetime S]
//     [--max-expiry-days N] [--seed-tokens N] [--seed-users N] [--seed-tokens-per-user N]
//     [--seed-audit N] [--max-cost N] [--cost-list-size N] [--audit-export-delay-ms MS]
//     [--log-operations FILE]
//
// stdout carries exactly one line, `sandbox ready: http://127.0.0.1:<port>`; all
// other diagnostics go to stderr. Token values, codes and passwords are never logged.
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parseArgs, promisify } from 'node:util';
import { createHandler } from 'graphql-http';
import { jwtVerify, createLocalJWKSet } from 'jose';
import { parse, validate } from 'graphql';
import { SandboxAdapter, destroyWhere, sweep } from './lib/adapter.mjs';
import { createStore, AUDIT, ADMIN_REALM_ROLE } from './lib/store.mjs';
import { loadSchema, createRoot, patAuth } from './lib/graphql.mjs';
import { loadCostDirectives, estimateCost, costError } from './lib/cost.mjs';
import { createAdminHandlers } from './lib/admin.mjs';
import { realSchemaPath } from './lib/paths.mjs';

const CLIENT_ID = 'tokendesk';
const RESOURCE = 'urn:moderne:api'; // default resource indicator: makes access tokens JWTs
const AUDIENCE = 'account';

function log(...args) {
  process.stderr.write(`[sandbox] ${args.join(' ')}\n`);
}

function parseCli(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      realm: { type: 'string', default: 'moderne' },
      'access-token-lifetime': { type: 'string', default: '3600' },
      'refresh-token-lifetime': { type: 'string', default: '86400' },
      'log-operations': { type: 'string' },
      'scm-token-lifetime': { type: 'string', default: '28800' },
      'max-expiry-days': { type: 'string' },
      'seed-tokens': { type: 'string', default: '0' },
      platform: { type: 'string', default: 'v2' },
      'seed-users': { type: 'string', default: '0' },
      'seed-tokens-per-user': { type: 'string', default: '5' },
      'seed-audit': { type: 'string', default: '0' },
      'max-cost': { type: 'string' },
      'cost-list-size': { type: 'string', default: '10' },
      'audit-export-delay-ms': { type: 'string', default: '1500' },
    },
    strict: true,
  });
  const int = (name, min = 0) => {
    const v = Number(values[name]);
    if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer >= ${min}`);
    return v;
  };
  if (!/^[A-Za-z0-9._-]+$/.test(values.realm)) throw new Error('--realm must match [A-Za-z0-9._-]+');
  if (values.platform !== 'v1' && values.platform !== 'v2') throw new Error('--platform must be v1 or v2');
  return {
    platform: values.platform,
    seedUsers: int('seed-users'),
    seedTokensPerUser: int('seed-tokens-per-user'),
    seedAudit: int('seed-audit'),
    maxCost: values['max-cost'] === undefined ? null : int('max-cost'),
    costListSize: int('cost-list-size'),
    auditExportDelayMs: int('audit-export-delay-ms'),
    port: int('port'),
    realm: values.realm,
    accessTokenLifetime: int('access-token-lifetime', 1),
    refreshTokenLifetime: int('refresh-token-lifetime', 1),
    scmTokenLifetime: int('scm-token-lifetime', 1),
    maxExpiryDays: values['max-expiry-days'] === undefined ? null : int('max-expiry-days', 1),
    seedTokens: int('seed-tokens'),
    logFiles: [...new Set([values['log-operations'], process.env.SANDBOX_LOG_OPERATIONS].filter(Boolean))],
  };
}

// ------------------------------------------------------------------ small http helpers

function readBody(req, limit = 1024 * 1024) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) { reject(new Error('body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

const sendJson = (res, status, obj, headers = {}) => send(res, status, JSON.stringify(obj), { 'Content-Type': 'application/json; charset=utf-8', ...headers });
const sendHtml = (res, status, html) => send(res, status, html, { 'Content-Type': 'text/html; charset=utf-8' });

// ------------------------------------------------------------------ operation log redaction

const SECRET_KEYS = new Set(['token', 'code', 'state', 'refreshtoken', 'password', 'authorization']);
const JWT_LIKE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function redact(value, key) {
  if (key !== undefined && SECRET_KEYS.has(String(key).toLowerCase()) && value !== null && value !== undefined) return '<redacted>';
  if (typeof value === 'string') return value.startsWith('mat-') || JWT_LIKE.test(value) ? '<redacted>' : value;
  if (Array.isArray(value)) return value.map((v) => redact(v));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = redact(v, k);
    return out;
  }
  return value;
}

// ------------------------------------------------------------------ pages

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;background:#f0f2f5;margin:0}
#kc-header{background:#1d1b3a;color:#fff;padding:18px 24px;font-size:20px}
.card{background:#fff;max-width:420px;margin:48px auto;padding:28px 32px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.12)}
label{display:block;margin:14px 0 4px;font-weight:600}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:8px;border:1px solid #bbb;border-radius:3px}
button,input[type=submit]{margin-top:20px;padding:9px 18px;border:0;border-radius:3px;background:#2f5bea;color:#fff;font-size:15px;cursor:pointer}
button.secondary{background:#888}
#input-error{color:#c9190b;display:block;margin-top:10px}
.hint{color:#666;font-size:13px;margin-top:18px}
</style></head><body><div id="kc-header">${esc(title)}</div><div class="card">${body}</div></body></html>`;
}

function loginPage({ realm, action, username = '', error = null, clientId }) {
  return page(`Sign in to ${realm}`, `
<h1 id="kc-page-title">Sign in to your account</h1>
${error ? `<div class="alert-error" role="alert"><span id="input-error" aria-live="polite">${esc(error)}</span></div>` : ''}
<form id="kc-form-login" method="post" action="${esc(action)}" onsubmit="login.disabled = true; return true;">
  <label for="username">Username or email</label>
  <input tabindex="1" id="username" name="username" value="${esc(username)}" type="text" autofocus autocomplete="username" ${error ? 'aria-invalid="true"' : ''}>
  <label for="password">Password</label>
  <input tabindex="2" id="password" name="password" type="password" autocomplete="current-password" ${error ? 'aria-invalid="true"' : ''}>
  <input type="hidden" id="id-hidden-input" name="credentialId">
  <input tabindex="4" name="login" id="kc-login" type="submit" value="Sign In">
</form>
<p class="hint">Client: ${esc(clientId)} &middot; TokenDesk sandbox realm</p>`);
}

// ------------------------------------------------------------------ the sandbox

export const DEFAULT_OPTIONS = {
  port: 0,
  realm: 'moderne',
  platform: 'v2',
  accessTokenLifetime: 3600,
  refreshTokenLifetime: 86400,
  scmTokenLifetime: 28800,
  maxExpiryDays: null,
  seedTokens: 0,
  seedUsers: 0,
  seedTokensPerUser: 5,
  seedAudit: 0,
  maxCost: null,
  costListSize: 10,
  auditExportDelayMs: 1500,
  logFiles: [],
};

export async function startSandbox(options) {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const t0 = Date.now();
  let baseUrl = null; // set once listening
  const prefix = `/auth/realms/${opts.realm}`;

  // Signing key (RS256) generated in the thread pool and oidc-provider loaded while the
  // store is seeded.
  const loading = Promise.all([
    import('oidc-provider'),
    promisify(crypto.generateKeyPair)('rsa', { modulusLength: 2048 }),
  ]);
  const store = createStore({
    realm: opts.realm,
    seedTokens: opts.seedTokens,
    seedUsers: opts.seedUsers,
    seedTokensPerUser: opts.seedTokensPerUser,
    seedAudit: opts.seedAudit,
  });
  const seededMs = Date.now() - t0;
  // The gateway's cost directives, read from the platform's schema (only with --max-cost).
  let costDirectives = null;
  if (opts.maxCost !== null) {
    const file = opts.costSchemaPath || realSchemaPath();
    try {
      costDirectives = loadCostDirectives(file);
    } catch (e) {
      throw new Error(`--max-cost needs the platform schema for its @cost/@listSize directives: cannot read ${file} (${e.message}); set TOKENDESK_SHARED_DIR`);
    }
  }
  const [{ default: Provider, errors: oidcErrors }, { privateKey }] = await loading;
  const kid = crypto.randomBytes(16).toString('base64url');
  const privateJwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const publicJwks = createLocalJWKSet({ keys: [{ kty: privateJwk.kty, n: privateJwk.n, e: privateJwk.e, kid, alg: 'RS256', use: 'sig' }] });

  // Issued JWT access tokens per account (jti + exp), to refuse them after an admin revocation.
  const issuedJtis = new Map(); // accountId -> Map(jti -> exp)
  const revokedJtis = new Map(); // jti -> exp
  const authTimes = new Map(); // grantId -> auth_time (fallback when the artefact lacks it)

  const httpServer = http.createServer();
  // Listen first so that the issuer can carry the real port.
  await new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, '127.0.0.1', resolve);
  });
  const { port } = httpServer.address();
  baseUrl = `http://127.0.0.1:${port}`;
  const issuer = `${baseUrl}${prefix}`;

  const findAccount = async (ctx, id) => {
    const u = store.byId.get(id);
    if (!u) return undefined;
    return {
      accountId: u.id,
      async claims() {
        return {
          sub: u.id,
          name: u.name,
          given_name: u.givenName,
          family_name: u.familyName,
          preferred_username: u.username,
          email: u.email,
          email_verified: true,
        };
      },
    };
  };

  const provider = new Provider(issuer, {
    adapter: SandboxAdapter,
    clients: [{
      client_id: CLIENT_ID,
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/', 'http://127.0.0.1/callback', 'http://localhost/', 'http://localhost/callback'],
      post_logout_redirect_uris: ['http://127.0.0.1/', 'http://127.0.0.1/callback', 'http://localhost/', 'http://localhost/callback'],
    }],
    jwks: { keys: [privateJwk] },
    // The SSO session cookie is scoped to the realm's path, as Keycloak scopes its own: two
    // sandboxes with different realms on one host (cookies ignore the port) never see each
    // other's session. The interaction cookies already carry realm-prefixed paths.
    cookies: {
      keys: [crypto.randomBytes(32).toString('base64url'), crypto.randomBytes(32).toString('base64url')],
      long: { httpOnly: true, sameSite: 'none', path: `${prefix}/` },
    },
    findAccount,
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    responseTypes: ['code'],
    pkce: { required: () => true, methods: ['S256'] },
    routes: {
      authorization: '/protocol/openid-connect/auth',
      token: '/protocol/openid-connect/token',
      jwks: '/protocol/openid-connect/certs',
      userinfo: '/protocol/openid-connect/userinfo',
      end_session: '/protocol/openid-connect/logout',
      revocation: '/protocol/openid-connect/revoke',
      introspection: '/protocol/openid-connect/token/introspect',
      pushed_authorization_request: '/protocol/openid-connect/ext/par/request',
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      introspection: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = page(`Sign out of ${opts.realm}`, `<h1>Do you want to sign out?</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = page(`Signed out of ${opts.realm}`, '<h1>You are signed out.</h1>');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (ctx, resourceIndicator) => {
          if (resourceIndicator !== RESOURCE) throw new oidcErrors.InvalidTarget();
          return {
            scope: 'openid profile email offline_access',
            audience: AUDIENCE,
            accessTokenTTL: opts.accessTokenLifetime,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: {
      AccessToken: () => opts.accessTokenLifetime,
      AuthorizationCode: 60,
      IdToken: () => opts.accessTokenLifetime,
      RefreshToken: () => opts.refreshTokenLifetime,
      Interaction: 3600,
      Session: Math.max(opts.refreshTokenLifetime, 3600),
      Grant: Math.max(opts.refreshTokenLifetime, 3600) * 2,
    },
    interactions: {
      url: (ctx, interaction) => `${prefix}/login-actions/authenticate/${interaction.uid}`,
    },
    formats: {
      customizers: {
        jwt: async (ctx, token, jwt) => {
          const u = store.byId.get(token.accountId);
          const entities = ctx?.oidc?.entities || {};
          const source = entities.AuthorizationCode || entities.RefreshToken;
          const authTime = source?.authTime ?? authTimes.get(token.grantId);
          const requested = new Set(String(source?.scope || token.scope || '').split(' ').filter(Boolean));
          const scope = ['openid', 'profile', 'email', 'offline_access'].filter((s) => requested.has(s)).join(' ');
          const p = jwt.payload;
          jwt.header = { ...(jwt.header || {}), typ: 'JWT' };
          // Keycloak's claim order and names.
          jwt.payload = {
            exp: p.exp,
            iat: p.iat,
            auth_time: authTime,
            jti: p.jti,
            iss: p.iss,
            aud: AUDIENCE,
            sub: p.sub,
            typ: 'Bearer',
            azp: token.clientId || CLIENT_ID,
            sid: token.sid || token.sessionUid,
            'allowed-origins': [],
            realm_access: { roles: u ? [...u.realmRoles] : [] },
            resource_access: { account: { roles: u ? [...u.accountRoles] : [] } },
            scope,
            email_verified: true,
            name: u?.name,
            preferred_username: u?.username,
            given_name: u?.givenName,
            family_name: u?.familyName,
            email: u?.email,
          };
          if (p.cnf) jwt.payload.cnf = p.cnf;
          if (u) {
            if (!issuedJtis.has(u.id)) issuedJtis.set(u.id, new Map());
            issuedJtis.get(u.id).set(p.jti, p.exp);
          }
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('We are sorry...', `<h1>${esc(out.error)}</h1><p id="kc-error-message">${esc(out.error_description || '')}</p>`);
    },
    clientBasedCORS: () => true,
  });
  provider.proxy = false;
  provider.on('server_error', (ctx, err) => log('provider server_error:', err?.message));

  const providerCallback = provider.callback();
  const schema = loadSchema();
  // Shared with the resolvers and the admin endpoints; set-max-expiry-days changes it live.
  const config = { ...opts, baseUrl };
  const rootValue = createRoot({
    store,
    config,
    hooks: {
      onUserDeleted: (u) => revokeUserSessions(u),
      takeExportFault: () => takeFault('export', null),
    },
  });
  const adminHandler = createAdminHandlers({ store, config, revokeUserSessions, readBody });
  const graphqlHandler = createHandler({
    schema,
    rootValue,
    context: (req) => req.context,
  });

  // --------------------------------------------------------------- operation log
  function logOperation(entry) {
    if (!opts.logFiles.length) return;
    const line = `${JSON.stringify(entry)}\n`;
    for (const f of opts.logFiles) {
      try { fs.appendFileSync(f, line); } catch (e) { log('cannot write operation log', f, e.message); }
    }
  }

  // --------------------------------------------------------------- auth for /graphql
  async function authenticate(req) {
    const h = req.headers.authorization;
    if (!h) throw Object.assign(new Error('Missing Authorization header.'), { www: 'Bearer realm="moderne"' });
    const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
    if (!m) throw Object.assign(new Error('Authorization header must use the Bearer scheme.'), { www: 'Bearer realm="moderne"' });
    const value = m[1];
    const www = 'Bearer realm="moderne", error="invalid_token"';
    if (value.startsWith('mat-')) {
      try {
        const { user, role } = patAuth(store, value, { platform: opts.platform });
        return { user, role, auth: 'pat' };
      } catch (e) { throw Object.assign(e, { www }); }
    }
    try {
      const { payload } = await jwtVerify(value, publicJwks, { issuer, algorithms: ['RS256'], audience: AUDIENCE });
      if (payload.jti && revokedJtis.has(payload.jti)) throw new Error('Token has been revoked.');
      const user = store.byId.get(payload.sub);
      if (!user) throw new Error('Unknown subject.');
      // A login token acts with the roles inside it, fixed at issue, until it expires.
      const roles = Array.isArray(payload.realm_access?.roles) ? payload.realm_access.roles : [];
      return { user, role: roles.includes(ADMIN_REALM_ROLE) ? 'ADMIN' : 'USER', auth: 'jwt' };
    } catch (e) {
      const msg = e.code === 'ERR_JWT_EXPIRED' ? 'Token has expired.' : e.message === 'Token has been revoked.' || e.message === 'Unknown subject.' ? e.message : 'Invalid bearer token.';
      throw Object.assign(new Error(msg), { www });
    }
  }

  // --------------------------------------------------------------- fault injection (tests only)
  // POST /sandbox/admin/faults {"kind", "operation"?, "count"?, "skip"?, "latencyMs"?, "when"?,
  // "target"?, "message"?} queues a fault for the next matching requests; DELETE clears them;
  // GET lists them. Kinds for /graphql: latency, http500, html502, truncated, reset,
  // graphqlErrors, unauthorized; "when": "before" (the operation is not executed) or "after"
  // (it is, then the answer is spoiled: a lost answer is {"kind":"reset","when":"after"});
  // "after" is the default for truncated and graphqlErrors. "operation" matches the
  // request's operationName; "skip": N lets N matching requests through first (a fault in
  // the middle of paging); "count": how many requests it spoils (default 1).
  // "target": "download" applies latency / http500 / reset to the audit export download route
  // instead. Kind "issuerDown" resets every connection to the issuer's token endpoint (the
  // issuer going away mid-sign-in). Kind "exportError" makes the next downloadAuditLogs end in
  // AuditLogsDownloadError with "message".
  const faults = [];
  function takeFault(target, operationName) {
    const i = faults.findIndex((f) => f.target === target
      && (!f.operation || f.operation === operationName));
    if (i < 0) return null;
    const fault = faults[i];
    if (fault.skip > 0) { fault.skip -= 1; return null; }
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(i, 1);
    return fault;
  }
  async function handleFaults(req, res) {
    if (req.method === 'DELETE') { faults.length = 0; sendJson(res, 200, { faults }); return; }
    if (req.method === 'GET') { sendJson(res, 200, { faults }); return; }
    if (req.method !== 'POST') { send(res, 405, 'Method Not Allowed', { Allow: 'GET, POST, DELETE' }); return; }
    let f;
    try { f = JSON.parse(await readBody(req)); } catch { sendJson(res, 400, { error: 'body must be JSON' }); return; }
    const kinds = ['latency', 'http500', 'html502', 'truncated', 'reset', 'graphqlErrors', 'unauthorized', 'issuerDown', 'exportError'];
    if (!f || !kinds.includes(f.kind)) { sendJson(res, 400, { error: `kind must be one of ${kinds.join(', ')}` }); return; }
    let target = 'graphql';
    if (f.kind === 'issuerDown') target = 'token';
    else if (f.kind === 'exportError') target = 'export';
    else if (f.target === 'download') {
      if (!['latency', 'http500', 'reset'].includes(f.kind)) { sendJson(res, 400, { error: 'the download target takes latency, http500 or reset' }); return; }
      target = 'download';
    } else if (f.target !== undefined && f.target !== 'graphql') { sendJson(res, 400, { error: 'target must be graphql or download' }); return; }
    const fault = {
      kind: f.kind,
      target,
      operation: typeof f.operation === 'string' && f.operation ? f.operation : null,
      remaining: Number.isInteger(f.count) && f.count > 0 ? f.count : 1,
      skip: Number.isInteger(f.skip) && f.skip > 0 ? f.skip : 0,
      latencyMs: Number.isInteger(f.latencyMs) ? f.latencyMs : 2000,
      when: f.when || (['truncated', 'graphqlErrors'].includes(f.kind) ? 'after' : 'before'),
      message: typeof f.message === 'string' ? f.message : null,
    };
    faults.push(fault);
    log(`fault queued: ${JSON.stringify({ ...fault, message: fault.message ? '<set>' : null })}`);
    sendJson(res, 200, { faults });
  }

  // --------------------------------------------------------------- cost limiting (--max-cost)
  const schemaForCost = schema;
  const parsedQueries = new Map(); // query text -> document | null (invalid), bounded
  function estimate(params) {
    if (typeof params.query !== 'string') return null;
    let doc = parsedQueries.get(params.query);
    if (doc === undefined) {
      try {
        doc = parse(params.query);
        if (validate(schemaForCost, doc).length) doc = null;
      } catch { doc = null; }
      if (parsedQueries.size > 200) parsedQueries.clear();
      parsedQueries.set(params.query, doc);
    }
    if (!doc) return null; // graphql-http reports the syntax or validation error
    const variables = params.variables && typeof params.variables === 'object' ? params.variables : {};
    return estimateCost({
      schema: schemaForCost, document: doc, operationName: params.operationName || undefined, variables, directives: costDirectives, defaultListSize: opts.costListSize,
    });
  }

  async function handleGraphql(req, res, url) {
    const body = req.method === 'POST' ? await readBody(req) : '';
    let params = {};
    if (req.method === 'GET') {
      params = {
        query: url.searchParams.get('query'),
        operationName: url.searchParams.get('operationName'),
        variables: (() => { try { return JSON.parse(url.searchParams.get('variables') || 'null'); } catch { return null; } })(),
      };
    } else {
      try { params = JSON.parse(body) || {}; } catch { params = {}; }
    }
    const entry = {
      time: new Date().toISOString(),
      operationName: params.operationName ?? null,
      query: typeof params.query === 'string' ? params.query : null,
      variables: redact(params.variables ?? null),
      auth: 'none',
      status: 0,
    };
    // The header selects v2 while both generations run; the sandbox is one generation
    // (--platform) whatever the header says, and only records that it was sent.
    const platformHeader = req.headers['x-moderne-platform-version'];
    if (platformHeader) entry.platformVersion = String(platformHeader).slice(0, 16);
    const fault = takeFault('graphql', entry.operationName);
    if (fault && fault.kind === 'latency') await new Promise((r) => setTimeout(r, fault.latencyMs));
    if (fault && fault.when === 'before') {
      const spoiled = { http500: 500, html502: 502, reset: 0, unauthorized: 401 }[fault.kind];
      if (spoiled !== undefined) {
        entry.status = spoiled;
        entry.fault = fault.kind;
        logOperation(entry);
        if (fault.kind === 'http500') sendJson(res, 500, { errors: [{ message: 'Internal server error (injected)' }] });
        else if (fault.kind === 'html502') sendHtml(res, 502, '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
        else if (fault.kind === 'unauthorized') sendJson(res, 401, { errors: [{ message: 'Token has expired.', extensions: { code: 'UNAUTHENTICATED' } }] }, { 'WWW-Authenticate': 'Bearer realm="moderne", error="invalid_token"' });
        else req.socket.destroy();
        return;
      }
    }
    let who;
    try {
      who = await authenticate(req);
    } catch (e) {
      entry.status = 401;
      logOperation(entry);
      sendJson(res, 401, { errors: [{ message: e.message, extensions: { code: 'UNAUTHENTICATED' } }] }, { 'WWW-Authenticate': e.www });
      return;
    }
    entry.auth = who.auth;
    if (costDirectives) {
      const cost = estimate(params);
      if (cost !== null) {
        entry.cost = cost;
        res.setHeader('X-Sandbox-Estimated-Cost', String(cost));
        if (cost > opts.maxCost) {
          // Refused before anything runs, as a cost-limiting gateway does.
          entry.status = 200;
          entry.costRefused = true;
          logOperation(entry);
          sendJson(res, 200, { errors: [costError(cost, opts.maxCost)] });
          return;
        }
      }
    }
    const [respBody, init] = await graphqlHandler({
      method: req.method,
      url: req.url,
      headers: req.headers,
      body: body,
      raw: req,
      context: { user: who.user, auth: who.auth, role: who.role },
    });
    entry.status = init.status;
    if (fault && fault.when === 'after') {
      entry.fault = fault.kind;
      logOperation(entry); // the operation was executed; only its answer is spoiled
      if (fault.kind === 'reset') { req.socket.destroy(); return; }
      let spoiled = respBody;
      if (fault.kind === 'truncated') spoiled = String(respBody).slice(0, Math.max(1, Math.floor(String(respBody).length / 2)));
      if (fault.kind === 'graphqlErrors') {
        const parsed = JSON.parse(respBody);
        const field = Object.keys(parsed.data || {})[0];
        parsed.errors = [{ message: 'Partial failure (injected): part of the data could not be loaded.', path: field ? [field] : [] }];
        spoiled = JSON.stringify(parsed);
      }
      res.writeHead(init.status, init.statusText, { 'Cache-Control': 'no-store', ...init.headers });
      res.end(spoiled);
      return;
    }
    logOperation(entry);
    res.writeHead(init.status, init.statusText, { 'Cache-Control': 'no-store', ...init.headers });
    res.end(respBody);
  }

  // --------------------------------------------------------------- login UI (interactions)
  async function handleInteraction(req, res, uid) {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch (e) {
      sendHtml(res, 400, page('We are sorry...', `<h1>Your login attempt timed out.</h1><p id="kc-error-message">Login timeout. Please sign in again. (${esc(e.message)})</p>`));
      return;
    }
    if (details.uid !== uid) {
      sendHtml(res, 400, page('We are sorry...', '<h1>Invalid login session.</h1>'));
      return;
    }
    const { prompt, params } = details;
    const action = `${prefix}/login-actions/authenticate/${uid}`;

    const makeGrant = async (accountId) => {
      let grant;
      if (details.grantId) grant = await provider.Grant.find(details.grantId);
      if (!grant) grant = new provider.Grant({ accountId, clientId: params.client_id });
      const requested = String(params.scope || 'openid').split(' ').filter(Boolean);
      grant.addOIDCScope(requested.join(' '));
      if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
      grant.addResourceScope(RESOURCE, requested.join(' '));
      if (prompt.details.missingResourceScopes) {
        for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes)) {
          grant.addResourceScope(indicator, scopes.join(' '));
        }
      }
      return grant.save();
    };

    if (prompt.name !== 'login') {
      // Existing SSO session: Keycloak does not ask again; grant what was requested.
      const accountId = details.session?.accountId;
      const grantId = await makeGrant(accountId);
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }

    if (req.method === 'GET') {
      sendHtml(res, 200, loginPage({ realm: opts.realm, action, clientId: params.client_id }));
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, 'Method Not Allowed', { Allow: 'GET, POST' });
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const username = (form.get('username') || '').trim();
    const password = form.get('password') || '';
    const u = store.byUsername.get(username) || store.byEmail.get(username.toLowerCase());
    const ok = u && crypto.timingSafeEqual(sha(password), sha(u.password));
    if (!ok) {
      if (u) store.audit(u.id, AUDIT.login, `Failed sign-in of ${u.email}: invalid credentials`, { outcome: 'FAILURE' });
      log(`login failed for username "${username.replace(/[^\w@.-]/g, '?')}"`);
      sendHtml(res, 200, loginPage({ realm: opts.realm, action, username, error: 'Invalid username or password.', clientId: params.client_id }));
      return;
    }
    const authTime = Math.floor(Date.now() / 1000);
    store.setLastActive(u, new Date());
    const grantId = await makeGrant(u.id);
    authTimes.set(grantId, authTime);
    store.audit(u.id, AUDIT.login, `${u.email} signed in to realm ${opts.realm} (client ${params.client_id})`);
    log(`login ok for ${u.username}`);
    await provider.interactionFinished(req, res, {
      login: { accountId: u.id, ts: authTime, remember: true },
      consent: { grantId },
    }, { mergeWithLastSubmission: false });
  }
  const sha = (s) => crypto.createHash('sha256').update(String(s)).digest();

  // --------------------------------------------------------------- fake SCM authorize page
  async function handleScmAuthorize(req, res, url) {
    const form = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : url.searchParams;
    const id = form.get('authorization') || '';
    const state = form.get('state') || '';
    const auth = store.scmAuthorizations.get(id);
    if (!auth || auth.used || auth.expiresAt.getTime() < Date.now()) {
      sendHtml(res, 400, page('SCM authorization', '<h1>Unknown or expired authorization request.</h1>'));
      return;
    }
    if (req.method === 'GET') {
      sendHtml(res, 200, page(`Authorize ${auth.origin}`, `
<h1>Authorize ${esc(auth.origin)}</h1>
<p>The Moderne sandbox is requesting access to your <b>${esc(auth.origin)}</b> account.</p>
<form id="scm-authorize" method="post" action="/sandbox/scm/authorize">
  <input type="hidden" name="authorization" value="${esc(id)}">
  <input type="hidden" name="state" value="${esc(state)}">
  <button type="submit" name="decision" value="authorize" id="authorize">Authorize</button>
  <button type="submit" name="decision" value="deny" id="deny" class="secondary">Deny</button>
</form>`));
      return;
    }
    if (req.method !== 'POST') { send(res, 405, 'Method Not Allowed', { Allow: 'GET, POST' }); return; }
    const target = new URL(auth.redirectUri);
    if (form.get('decision') === 'authorize') {
      auth.code = crypto.randomBytes(20).toString('base64url');
      target.searchParams.set('code', auth.code);
    } else {
      target.searchParams.set('error', 'access_denied');
    }
    target.searchParams.set('state', state);
    send(res, 302, '', { Location: target.href });
  }

  // --------------------------------------------------------------- test-only admin
  /** Ends a user's sessions, grants and refresh tokens; JWTs issued before are refused. */
  function revokeUserSessions(u) {
    const sessions = destroyWhere('Session', (p) => p.accountId === u.id);
    const refreshTokens = destroyWhere('RefreshToken', (p) => p.accountId === u.id);
    const grants = destroyWhere('Grant', (p) => p.accountId === u.id);
    destroyWhere('AuthorizationCode', (p) => p.accountId === u.id);
    let accessTokens = 0;
    for (const [jti, exp] of issuedJtis.get(u.id) || []) { revokedJtis.set(jti, exp); accessTokens += 1; }
    issuedJtis.delete(u.id);
    log(`admin: revoked sessions of ${u.username}`);
    return { sessions, refreshTokens, grants, accessTokens };
  }

  // --------------------------------------------------------------- audit export downloads
  // GET <downloadUrl> = /audit-logs/downloads/<id> with the same bearer as /graphql (an
  // admin's JWT or PAT, the one who started the export): the CSV or CEF file.
  async function handleAuditDownload(req, res, id) {
    if (req.method !== 'GET' && req.method !== 'HEAD') { send(res, 405, 'Method Not Allowed', { Allow: 'GET' }); return; }
    const fault = takeFault('download', null);
    if (fault && fault.kind === 'latency') await new Promise((r) => setTimeout(r, fault.latencyMs));
    if (fault && fault.kind === 'http500') { sendJson(res, 500, { error: 'Internal server error (injected)' }); return; }
    if (fault && fault.kind === 'reset') { req.socket.destroy(); return; }
    let who;
    try {
      who = await authenticate(req);
    } catch (e) {
      sendJson(res, 401, { error: 'unauthorized', message: e.message }, { 'WWW-Authenticate': e.www });
      return;
    }
    if (who.role !== 'ADMIN') { sendJson(res, 403, { error: 'forbidden', message: 'Forbidden' }); return; }
    const d = store.downloads.get(id);
    if (!d || d.userId !== who.user.id) { sendJson(res, 404, { error: 'not found' }); return; }
    if (Date.now() < d.readyAt.getTime()) { sendJson(res, 409, { error: 'processing', message: 'The export is still being processed.' }); return; }
    if (d.error) { sendJson(res, 409, { error: 'failed', message: d.error }); return; }
    store.audit(who.user.id, AUDIT.downloadAudit, `Downloaded the ${d.format} export ${d.id} of ${d.count} audit events`);
    const csv = d.format === 'CSV';
    send(res, 200, req.method === 'HEAD' ? '' : d.content, {
      'Content-Type': csv ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-logs-${d.id}.${csv ? 'csv' : 'cef'}"`,
      'Content-Length': Buffer.byteLength(d.content),
    });
  }

  // --------------------------------------------------------------- userinfo
  // oidc-provider does not accept JWT access tokens issued for a resource server at its
  // userinfo endpoint; Keycloak does. Serve userinfo here from the verified JWT.
  async function handleUserinfo(req, res) {
    if (req.method === 'OPTIONS') { send(res, 204, '', { Allow: 'GET, POST' }); return; }
    if (req.method !== 'GET' && req.method !== 'POST') { send(res, 405, '', { Allow: 'GET, POST' }); return; }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization || '');
    const www = `Bearer realm="${opts.realm}", error="invalid_token"`;
    try {
      if (!m || m[1].startsWith('mat-')) throw new Error('no token');
      const { payload } = await jwtVerify(m[1], publicJwks, { issuer, algorithms: ['RS256'], audience: AUDIENCE });
      if (payload.jti && revokedJtis.has(payload.jti)) throw new Error('revoked');
      const u = store.byId.get(payload.sub);
      if (!u) throw new Error('unknown');
      const scopes = new Set(String(payload.scope || '').split(' '));
      const out = { sub: u.id };
      if (scopes.has('profile')) Object.assign(out, { name: u.name, preferred_username: u.username, given_name: u.givenName, family_name: u.familyName });
      if (scopes.has('email')) Object.assign(out, { email: u.email, email_verified: true });
      sendJson(res, 200, out);
    } catch {
      sendJson(res, 401, { error: 'invalid_token', error_description: 'Token verification failed' }, { 'WWW-Authenticate': www });
    }
  }

  // --------------------------------------------------------------- router
  httpServer.on('request', async (req, res) => {
    try {
      const url = new URL(req.url, baseUrl);
      const p = url.pathname;
      if (p === '/graphql' || p === '/graphql/') return await handleGraphql(req, res, url);
      const im = p.match(new RegExp(`^${prefix.replace(/[.]/g, '\\.')}/login-actions/authenticate/([A-Za-z0-9_-]+)$`));
      if (im) return await handleInteraction(req, res, im[1]);
      if (p === `${prefix}/protocol/openid-connect/userinfo`) return await handleUserinfo(req, res);
      if (p === `${prefix}/protocol/openid-connect/token` && takeFault('token', null)) {
        log('fault: the issuer went away (token endpoint connection reset)');
        req.socket.destroy();
        return;
      }
      if (p === prefix || p.startsWith(`${prefix}/`)) {
        req.originalUrl = req.url;
        req.url = req.url.slice(prefix.length) || '/';
        return providerCallback(req, res);
      }
      if (p === '/sandbox/scm/authorize') return await handleScmAuthorize(req, res, url);
      if (p === '/sandbox/admin/faults') return await handleFaults(req, res);
      if (p.startsWith('/sandbox/admin/') && await adminHandler(req, res, url, sendJson)) return undefined;
      const dm = /^\/audit-logs\/downloads\/([A-Za-z0-9-]+)$/.exec(p);
      if (dm) return await handleAuditDownload(req, res, dm[1]);
      if (p === '/sandbox/health') return sendJson(res, 200, { status: 'ok', issuer });
      if (p === '/') {
        return sendHtml(res, 200, page('TokenDesk sandbox', `<h1>TokenDesk sandbox</h1><ul>
<li>Issuer: <code>${esc(issuer)}</code></li>
<li>Discovery: <a href="${esc(prefix)}/.well-known/openid-configuration">${esc(prefix)}/.well-known/openid-configuration</a></li>
<li>GraphQL: <code>${esc(baseUrl)}/graphql</code></li></ul>`));
      }
      return sendJson(res, 404, { error: 'not found' });
    } catch (e) {
      log('request failed:', e?.stack || e);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    }
  });

  const sweeper = setInterval(() => {
    sweep();
    const nowSec = Date.now() / 1000;
    for (const [jti, exp] of revokedJtis) if (exp < nowSec) revokedJtis.delete(jti);
    for (const m of issuedJtis.values()) for (const [jti, exp] of m) if (exp < nowSec) m.delete(jti);
  }, 60 * 1000);
  sweeper.unref();

  return {
    port, baseUrl, issuer, provider, store, httpServer, seededMs, readyMs: Date.now() - t0,
    close: () => new Promise((resolve) => {
      clearInterval(sweeper);
      httpServer.close(() => resolve());
      httpServer.closeAllConnections?.();
    }),
  };
}

// ------------------------------------------------------------------ main
const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href
  || (process.argv[1] && fs.realpathSync(process.argv[1]) === new URL(import.meta.url).pathname);

if (isMain) {
  let opts;
  try {
    opts = parseCli(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`sandbox: ${e.message}\n`);
    process.exit(2);
  }
  const sandbox = await startSandbox(opts).catch((e) => {
    process.stderr.write(`sandbox: failed to start: ${e.stack || e}\n`);
    process.exit(1);
  });
  log(`platform ${opts.platform}; ${sandbox.store.users.length} users, ${sandbox.store.pats.size} PATs, ${sandbox.store.auditLogs.length} audit events (seeded in ${sandbox.seededMs} ms, ready in ${sandbox.readyMs} ms)${opts.maxCost !== null ? `; max query cost ${opts.maxCost}` : ''}`);
  log(`issuer ${sandbox.issuer}`);
  log(`graphql ${sandbox.baseUrl}/graphql`);
  process.stdout.write(`sandbox ready: ${sandbox.baseUrl}\n`);
  let stopping = false;
  const stop = (sig) => {
    if (stopping) return;
    stopping = true;
    log(`received ${sig}, shutting down`);
    const t = setTimeout(() => process.exit(0), 2000);
    t.unref();
    sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
