// GraphQL schema (sandbox/schema.graphql) + resolvers over the in-memory store.
//
// The request context is { user, auth: 'jwt' | 'pat', role: 'ADMIN' | 'USER' }: `role` is
// what the credential acts with (a login token: the roles inside the JWT, fixed at issue;
// a PAT: on v2 its owner's current role, on v1 the role at creation), while
// `currentUser.role` always reports the user's current role.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSchema, GraphQLError, Kind } from 'graphql';
import { randomToken, sha256, newPatValue, AUDIT } from './store.mjs';
import { renderExport } from './export.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DAY = 24 * 3600 * 1000;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** The v1 rule, worded after the v1 tokens page ("If you are an admin, tokens you create can
 * only be used if you've logged into the platform in the last 14 days"); the platform's
 * exact 401 text is not published. */
export const ADMIN_STALE_SIGN_IN_MESSAGE = 'Personal access tokens created by an admin can only be used if the admin has logged into the platform in the last 14 days. Log in to Moderne to use this token again.';
export const ADMIN_SIGN_IN_WINDOW_DAYS = 14;

export function parseDateTime(value) {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`DateTime must be an RFC 3339 date-time string, got: ${JSON.stringify(value)}`);
  }
  return new Date(value);
}

export function loadSchema() {
  const schema = buildSchema(fs.readFileSync(path.join(here, '..', 'schema.graphql'), 'utf8'));
  const dt = schema.getType('DateTime');
  dt.serialize = (v) => (v instanceof Date ? v.toISOString() : parseDateTime(v).toISOString());
  dt.parseValue = parseDateTime;
  dt.parseLiteral = (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return parseDateTime(ast.value);
  };
  return schema;
}

// ------------------------------------------------------------------ filters, order, paging

const ms = (v) => (v instanceof Date ? v.getTime() : v);

function cmp(a, b) {
  a = ms(a);
  b = ms(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One filter object ({ _eq, _in, _gt, … }) -> predicate on a value. */
function compileScalar(filter) {
  const tests = [];
  for (const [op, arg] of Object.entries(filter)) {
    if (arg === undefined) continue;
    const a = ms(arg);
    const list = Array.isArray(arg) ? new Set(arg.map(ms)) : null;
    const lower = typeof arg === 'string' ? arg.toLowerCase() : null;
    const none = (v) => v === null || v === undefined;
    switch (op) {
      case '_isNull': tests.push((v) => none(v) === arg); break;
      case '_eq': tests.push((v) => ms(v) === a); break;
      case '_neq': tests.push((v) => ms(v) !== a); break;
      case '_in': tests.push((v) => list.has(ms(v))); break;
      case '_nin': tests.push((v) => !list.has(ms(v))); break;
      case '_contains': tests.push((v) => typeof v === 'string' && v.includes(arg)); break;
      case '_icontains': tests.push((v) => typeof v === 'string' && v.toLowerCase().includes(lower)); break;
      case '_startsWith': tests.push((v) => typeof v === 'string' && v.startsWith(arg)); break;
      case '_endsWith': tests.push((v) => typeof v === 'string' && v.endsWith(arg)); break;
      case '_gt': tests.push((v) => !none(v) && cmp(v, a) > 0); break;
      case '_gte': tests.push((v) => !none(v) && cmp(v, a) >= 0); break;
      case '_lt': tests.push((v) => !none(v) && cmp(v, a) < 0); break;
      case '_lte': tests.push((v) => !none(v) && cmp(v, a) <= 0); break;
      default: throw new GraphQLError(`Unsupported filter operator ${op}`);
    }
  }
  return (v) => tests.every((t) => t(v));
}

/**
 * where: { field: filter, _and, _or, _not } -> predicate. getters: field -> (item) => value,
 * or { get: (item) => nested, getters } for a nested where input.
 */
export function compileWhere(where, getters) {
  if (!where) return () => true;
  const tests = [];
  for (const [key, filter] of Object.entries(where)) {
    if (filter === undefined || filter === null) continue;
    if (key === '_and') { const ps = filter.map((w) => compileWhere(w, getters)); tests.push((it) => ps.every((p) => p(it))); continue; }
    if (key === '_or') { const ps = filter.map((w) => compileWhere(w, getters)); tests.push((it) => ps.some((p) => p(it))); continue; }
    if (key === '_not') { const p = compileWhere(filter, getters); tests.push((it) => !p(it)); continue; }
    const g = getters[key];
    if (!g) throw new GraphQLError(`Filtering on ${key} is not supported by the sandbox`);
    if (typeof g === 'object') {
      const p = compileWhere(filter, g.getters);
      tests.push((it) => { const n = g.get(it); return n !== undefined && n !== null && p(n); });
      continue;
    }
    const p = compileScalar(filter);
    tests.push((it) => p(g(it)));
  }
  return (it) => tests.every((t) => t(it));
}

/** Comparator from orderBy; nulls last for ASC and first for DESC; ties by `tie` in the first key's direction. */
function comparator(orderBy, fieldGetters, tie) {
  return (x, y) => {
    for (const { field, direction } of orderBy) {
      const g = fieldGetters[field];
      const a = g(x);
      const b = g(y);
      let c;
      if (a === null || a === undefined) c = (b === null || b === undefined) ? 0 : 1;
      else if (b === null || b === undefined) c = -1;
      else c = cmp(a, b);
      if (direction === 'DESC') c = -c;
      if (c) return c;
    }
    const t = cmp(tie(x), tie(y));
    return orderBy.length && orderBy[0].direction === 'DESC' ? -t : t;
  };
}

/**
 * Sorts like comparator() but computes each item's keys once (a 100 000-event sort by user
 * email would otherwise look the user up millions of times). Returns the sorted items and a
 * function giving where an item (maybe not in the list) would sort after: the first index
 * whose item sorts after it.
 */
function sortDecorated(items, orderBy, fieldGetters, tie) {
  const n = orderBy.length;
  const dirs = orderBy.map((o) => (o.direction === 'DESC' ? -1 : 1));
  const tieDir = n && orderBy[0].direction === 'DESC' ? -1 : 1;
  const keysOf = (it) => {
    const k = new Array(n + 1);
    for (let j = 0; j < n; j += 1) { const v = fieldGetters[orderBy[j].field](it); k[j] = v === undefined ? null : ms(v); }
    k[n] = ms(tie(it));
    return k;
  };
  const compareKeys = (a, b) => {
    for (let j = 0; j < n; j += 1) {
      const x = a[j];
      const y = b[j];
      let c;
      if (x === null) c = y === null ? 0 : 1;
      else if (y === null) c = -1;
      else c = x < y ? -1 : x > y ? 1 : 0;
      if (dirs[j] < 0) c = -c;
      if (c) return c;
    }
    return (a[n] < b[n] ? -1 : a[n] > b[n] ? 1 : 0) * tieDir;
  };
  const decorated = items.map((it) => ({ it, k: keysOf(it) }));
  decorated.sort((a, b) => compareKeys(a.k, b.k));
  return {
    sorted: decorated.map((d) => d.it),
    startAfter(item) {
      const k = keysOf(item);
      let lo = 0;
      let hi = decorated.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareKeys(decorated[mid].k, k) <= 0) lo = mid + 1; else hi = mid;
      }
      return lo;
    },
  };
}

const encodeCursor = (key) => Buffer.from(`c:${key}`).toString('base64url');
function decodeCursor(cursor) {
  const s = Buffer.from(String(cursor), 'base64url').toString('utf8');
  if (!s.startsWith('c:')) throw new GraphQLError('Invalid cursor');
  return s.slice(2);
}

function checkFirst(first) {
  if (first !== null && first !== undefined && first < 0) throw new GraphQLError('first must be non-negative');
}

function connection(count, start, page, keyOf, toNode) {
  const edges = page.map((it) => ({ node: toNode(it), cursor: encodeCursor(keyOf(it)) }));
  return {
    count,
    edges,
    pageInfo: {
      hasNextPage: start + page.length < count,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

function paginate(sorted, { first = 100, after }, keyOf, toNode) {
  checkFirst(first);
  let start = 0;
  if (after) {
    const key = decodeCursor(after);
    const idx = sorted.findIndex((it) => String(keyOf(it)) === key);
    if (idx < 0) throw new GraphQLError('Invalid cursor');
    start = idx + 1;
  }
  const limit = first === null || first === undefined ? sorted.length : first;
  return connection(sorted.length, start, sorted.slice(start, start + limit), keyOf, toNode);
}

function forbidden() {
  // The shape Spring for GraphQL gives an access-denied error (the platform's subgraphs).
  return new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN', classification: 'FORBIDDEN' } });
}

// ------------------------------------------------------------------ resolvers

/**
 * config: { platform, scmTokenLifetime, maxExpiryDays (read on every call), baseUrl,
 *           auditExportDelayMs }
 * hooks:  { onUserDeleted(user), takeExportFault() -> { message } | null }
 */
export function createRoot({ store, config, hooks = {} }) {
  const patGetters = { description: (p) => p.description, created: (p) => p.created, expiresAt: (p) => p.expiresAt };
  const patOrder = { CREATED: (p) => p.created, EXPIRES_AT: (p) => p.expiresAt };
  const tokenCount = (u) => store.patCountOf(u.id);
  const userGetters = { email: (u) => u.email, tokenCount };
  const userOrder = { EMAIL: (u) => u.email, USERNAME: (u) => u.username, ROLE: (u) => u.role, LAST_ACTIVE: (u) => u.lastActive };

  const patNode = (p) => ({ id: p.id, description: p.description, created: p.created, expiresAt: p.expiresAt });

  function userNode(u) {
    return {
      id: u.id,
      email: u.email,
      username: u.username,
      role: u.role,
      lastActive: u.lastActive,
      tokens: ({ first, after, where, orderBy }) => {
        const pred = compileWhere(where, patGetters);
        const items = store.patsOf(u.id).filter(pred);
        const order = orderBy && orderBy.length ? orderBy : [{ field: 'CREATED', direction: 'DESC' }];
        items.sort(comparator(order, patOrder, (p) => p.seq));
        return paginate(items, { first, after }, (p) => p.id, patNode);
      },
    };
  }

  const isAdmin = (ctx) => ctx.role === 'ADMIN';
  const usersCache = new Map(); // JSON [where, order] -> { version, items }

  /** Throws the authorization error; an attempt at an audited operation is itself recorded. */
  function requireAdmin(ctx, kind, what) {
    if (isAdmin(ctx)) return;
    if (kind) store.audit(ctx.user.id, kind, `Denied: ${what} requires the admin role`, { outcome: 'FAILURE' });
    throw forbidden();
  }

  // ---------------------------------------------------------------- SCM
  const tokenValid = (t, now) => !t.expiresAt || t.expiresAt.getTime() > now;

  function scmNode(c) {
    const now = Date.now();
    return {
      __typename: c.type,
      resourceId: c.origin,
      isAuthorized: !c.invalid && c.tokens.some((t) => tokenValid(t, now)),
      tokens: c.tokens.map((t) => ({ created: t.created, expiresAt: t.expiresAt })),
    };
  }

  /** v2: a credential whose access token has expired is renewed when it is next read. */
  function renewIfDue(c, user) {
    const now = Date.now();
    if (c.invalid || !c.tokens.length || c.tokens.some((t) => tokenValid(t, now))) return;
    c.tokens = [{ created: new Date(now), expiresAt: new Date(now + config.scmTokenLifetime * 1000) }];
    store.audit(user.id, AUDIT.renewScm, `The platform renewed the ${c.origin} credential of ${user.email}`);
  }

  // ---------------------------------------------------------------- audit logs
  const auditGetters = {
    user: { get: (e) => store.anyUser(e.userId), getters: userGetters },
    target: (e) => e.target,
    action: (e) => e.action,
    actionType: (e) => e.actionType,
    outcome: (e) => e.outcome,
    description: (e) => e.description,
    timestamp: (e) => e.timestamp,
  };
  // The platform's user id is the email (the federation key of User).
  const auditOrder = {
    TIMESTAMP: (e) => e.timestamp, USER_ID: (e) => store.anyUser(e.userId)?.email, TARGET: (e) => e.target, ACTION: (e) => e.action,
  };
  const auditNode = (e) => ({
    id: e.id,
    user: userNode(store.anyUser(e.userId)),
    target: e.target,
    action: e.action,
    actionType: e.actionType,
    outcome: e.outcome,
    description: e.description,
    timestamp: e.timestamp,
  });

  /** One page of audit events; one pass over the (timestamp-sorted) log for time orders. */
  function auditPage({ first = 100, after, where, orderBy }) {
    checkFirst(first);
    const limit = first === null || first === undefined ? Infinity : first;
    const pred = compileWhere(where, auditGetters);
    const order = orderBy && orderBy.length ? orderBy : [{ field: 'TIMESTAMP', direction: 'DESC' }];
    let cursorEvent = null;
    if (after) {
      cursorEvent = store.auditById.get(decodeCursor(after));
      if (!cursorEvent) throw new GraphQLError('Invalid cursor');
    }
    const logs = store.auditLogs;
    if (order.length === 1 && order[0].field === 'TIMESTAMP') {
      const desc = order[0].direction === 'DESC';
      const n = logs.length;
      let from = desc ? n - 1 : 0;
      if (cursorEvent) {
        const i = store.auditIndexOf(cursorEvent);
        from = desc ? i - 1 : i + 1;
      }
      let count = 0;
      let before = 0; // matches ahead of the page in this order
      for (let i = 0; i < n; i += 1) {
        if (!pred(logs[i])) continue;
        count += 1;
        if (desc ? i > from : i < from) before += 1;
      }
      const page = [];
      for (let i = from; page.length < limit && i >= 0 && i < n; i += desc ? -1 : 1) {
        if (pred(logs[i])) page.push(logs[i]);
      }
      return connection(count, before, page, (e) => e.id, auditNode);
    }
    const { sorted, startAfter } = sortDecorated(logs.filter(pred), order, auditOrder, (e) => e.seq);
    const start = cursorEvent ? startAfter(cursorEvent) : 0;
    return connection(sorted.length, start, sorted.slice(start, start + limit), (e) => e.id, auditNode);
  }

  function describeRead({ first, after, where, orderBy }) {
    const parts = [`first ${first ?? 'all'}`];
    if (after) parts.push('after a cursor');
    if (where) parts.push(`where ${JSON.stringify(where)}`);
    if (orderBy && orderBy.length) parts.push(`order ${orderBy.map((o) => `${o.field} ${o.direction}`).join(', ')}`);
    return `Read audit logs (${parts.join('; ')})`;
  }

  // ---------------------------------------------------------------- audit exports
  function downloadNode(d) {
    const done = Date.now() >= d.readyAt.getTime();
    if (!done) return { __typename: 'AuditLogsDownloadProcessing', id: d.id, format: d.format, startedAt: d.startedAt };
    if (d.error) return { __typename: 'AuditLogsDownloadError', id: d.id, startedAt: d.startedAt, finishedAt: d.readyAt, message: d.error };
    return {
      __typename: 'AuditLogsDownloadFinished', id: d.id, format: d.format, startedAt: d.startedAt, finishedAt: d.readyAt, downloadUrl: d.downloadUrl,
    };
  }

  return {
    currentUser: (_args, ctx) => userNode(ctx.user),

    users: ({ first, after, where, orderBy }, ctx) => {
      requireAdmin(ctx);
      const order = orderBy && orderBy.length ? orderBy : [{ field: 'EMAIL', direction: 'ASC' }];
      // Paging through 10 000 users asks for the same list a hundred times: keep it until
      // a user or a PAT changes.
      const key = JSON.stringify([where ?? null, order]);
      let cached = usersCache.get(key);
      if (!cached || cached.version !== store.usersVersion) {
        const pred = compileWhere(where, userGetters);
        cached = { version: store.usersVersion, items: sortDecorated(store.users.filter(pred), order, userOrder, (u) => u.email).sorted };
        if (usersCache.size >= 16) usersCache.clear();
        usersCache.set(key, cached);
      }
      return paginate(cached.items, { first, after }, (u) => u.id, userNode);
    },

    scmConnections: (_args, ctx) => {
      const conns = [...store.scm.get(ctx.user.id).values()];
      if (config.platform === 'v2') for (const c of conns) renewIfDue(c, ctx.user);
      return conns.map(scmNode);
    },

    connectors: ({ first, after }) => {
      const connector = {
        id: 'sandbox-connector',
        nickname: 'sandbox',
        version: '1.0.0-sandbox',
        personalAccessTokenConfiguration: { maxExpiryDays: config.maxExpiryDays ?? null },
      };
      return paginate([connector], { first, after }, (c) => c.id, (c) => c);
    },

    auditLogs: (args, ctx) => {
      requireAdmin(ctx, AUDIT.readAudit, 'reading audit logs');
      const page = auditPage(args);
      // Reading the audit log is itself audited (after the read: the page never holds its own event).
      store.audit(ctx.user.id, AUDIT.readAudit, describeRead(args));
      return page;
    },

    auditLogsDownloads: ({ first = 50, after, where, orderBy }, ctx) => {
      requireAdmin(ctx);
      const pred = compileWhere(where, { id: (d) => d.id, format: (d) => d.format });
      const items = [...store.downloads.values()].filter((d) => d.userId === ctx.user.id && pred(d));
      const order = orderBy && orderBy.length ? orderBy : [{ field: 'STARTED_AT', direction: 'DESC' }];
      items.sort(comparator(order, { STARTED_AT: (d) => d.startedAt }, (d) => d.seq));
      return paginate(items, { first, after }, (d) => d.id, downloadNode);
    },

    downloadAuditLogs: ({ first, since, until, format }, ctx) => {
      requireAdmin(ctx, AUDIT.exportAudit, 'exporting audit logs');
      checkFirst(first);
      const startedAt = new Date();
      const id = crypto.randomUUID();
      const d = {
        id,
        seq: store.downloads.size + 1,
        userId: ctx.user.id,
        format,
        startedAt,
        readyAt: new Date(startedAt.getTime() + config.auditExportDelayMs),
        error: null,
        content: null,
        count: 0,
        downloadUrl: `/audit-logs/downloads/${id}`,
      };
      const fault = hooks.takeExportFault ? hooks.takeExportFault() : null;
      if (since && until && since.getTime() > until.getTime()) {
        d.error = 'The start of the time range (since) is after its end (until).';
      } else if (fault) {
        d.error = fault.message || 'The audit log export failed (injected).';
      } else {
        // The events of [since, until], newest first, at most `first` (0 or null: all).
        const out = [];
        const max = first ? first : Infinity;
        for (let i = store.auditLogs.length - 1; i >= 0 && out.length < max; i -= 1) {
          const e = store.auditLogs[i];
          const t = e.timestamp.getTime();
          if (until && t > until.getTime()) continue;
          if (since && t < since.getTime()) break;
          out.push(e);
        }
        d.count = out.length;
        d.content = renderExport(format, out, (e) => store.anyUser(e.userId));
      }
      store.downloads.set(id, d);
      const range = `${since ? ` since ${since.toISOString()}` : ''}${until ? ` until ${until.toISOString()}` : ''}`;
      store.audit(ctx.user.id, AUDIT.exportAudit, `Started a ${format} export of audit logs${range}${first ? ` (first ${first})` : ''}`,
        { outcome: d.error ? 'FAILURE' : 'SUCCESS' });
      return downloadNode(d);
    },

    createAccessToken: ({ description, expiresAt }, ctx) => {
      const now = Date.now();
      const refuse = (message, extensions) => {
        store.audit(ctx.user.id, AUDIT.createToken, `Refused to create access token '${description ?? ''}': ${message}`, { outcome: 'FAILURE' });
        return new GraphQLError(message, { extensions });
      };
      if (expiresAt && expiresAt.getTime() <= now) {
        throw refuse('Token expiry must be in the future.', { code: 'BAD_USER_INPUT' });
      }
      const cap = config.maxExpiryDays;
      if (cap != null) {
        const limit = now + cap * DAY;
        if (!expiresAt || expiresAt.getTime() > limit) {
          throw refuse(`Token expiry exceeds the maximum of ${cap} days allowed by your administrator.`, { code: 'BAD_USER_INPUT', maxExpiryDays: cap });
        }
      }
      const value = newPatValue();
      const pat = store.addPat(ctx.user.id, { description: description ?? null, created: new Date(now), expiresAt: expiresAt ?? null, value });
      store.audit(ctx.user.id, AUDIT.createToken, `Created access token '${pat.description ?? ''}' (${pat.id})${pat.expiresAt ? ` expiring ${pat.expiresAt.toISOString()}` : ' without expiry'}`);
      return { ...patNode(pat), token: value };
    },

    revokeAccessToken: ({ id }, ctx) => {
      const pat = store.pats.get(id);
      // "Revokes an access token by ID": a user's own, or any user's for an admin.
      if (!pat || (pat.userId !== ctx.user.id && !isAdmin(ctx))) {
        store.audit(ctx.user.id, AUDIT.revokeToken, `Access token ${id} was not found`, { outcome: 'FAILURE' });
        return false;
      }
      store.removePat(pat);
      const owner = store.anyUser(pat.userId);
      store.audit(ctx.user.id, AUDIT.revokeToken, `Revoked access token '${pat.description ?? ''}' (${pat.id}) of ${owner?.email}`);
      return true;
    },

    revokeAllAccessTokens: ({ email }, ctx) => {
      requireAdmin(ctx, AUDIT.revokeAllTokens, `revoking all access tokens of ${email}`);
      const target = store.byEmail.get(String(email).toLowerCase());
      if (!target) {
        store.audit(ctx.user.id, AUDIT.revokeAllTokens, `User ${email} was not found`, { outcome: 'FAILURE' });
        return false;
      }
      const own = store.patsOf(target.id);
      for (const pat of own) store.removePat(pat);
      store.audit(ctx.user.id, AUDIT.revokeAllTokens, `Revoked all ${own.length} access tokens of ${target.email}`);
      return true;
    },

    deleteUser: ({ email }, ctx) => {
      requireAdmin(ctx, AUDIT.deleteUser, `deleting user ${email}`);
      const target = store.byEmail.get(String(email).toLowerCase());
      if (!target) {
        store.audit(ctx.user.id, AUDIT.deleteUser, `User ${email} was not found`, { outcome: 'FAILURE' });
        return false;
      }
      const n = store.deleteUser(target);
      if (hooks.onUserDeleted) hooks.onUserDeleted(target);
      store.audit(ctx.user.id, AUDIT.deleteUser, `Deleted user ${target.email} and ${n} access tokens`);
      return true;
    },

    initiateAuthorization: ({ input: { origin, redirectUri } }, ctx) => {
      const conn = store.scm.get(ctx.user.id).get(origin);
      if (!conn) throw new GraphQLError(`No SCM connection is configured for origin ${origin}.`);
      let parsed;
      try { parsed = new URL(redirectUri); } catch { throw new GraphQLError('redirectUri must be an absolute URL.'); }
      if (!/^https?:$/.test(parsed.protocol)) throw new GraphQLError('redirectUri must be an http(s) URL.');
      const id = crypto.randomUUID();
      const state = randomToken(16);
      const auth = {
        id, userId: ctx.user.id, origin, redirectUri, state, code: null, used: false,
        expiresAt: new Date(Date.now() + 10 * 60 * 1000),
      };
      store.scmAuthorizations.set(id, auth);
      const url = new URL('/sandbox/scm/authorize', config.baseUrl);
      url.searchParams.set('authorization', id);
      url.searchParams.set('state', state);
      return { id, authorizationUrl: url.href, callbackParameters: ['code'], expiresAt: auth.expiresAt };
    },

    exchangeAuthorizationCode: ({ input: { authorizationId, code, state, redirectUri } }, ctx) => {
      const auth = store.scmAuthorizations.get(authorizationId);
      const fail = (error) => {
        store.audit(ctx.user.id, AUDIT.connectScm, `Failed to connect ${auth?.origin ?? 'an SCM'}: ${error}`, { outcome: 'FAILURE' });
        return { success: false, error };
      };
      if (!auth || auth.userId !== ctx.user.id) return fail('Unknown authorization request.');
      if (auth.used) return fail('The authorization request was already used.');
      if (auth.expiresAt.getTime() < Date.now()) return fail('The authorization request has expired.');
      if (state !== auth.state) return fail('State does not match the authorization request.');
      if (redirectUri !== auth.redirectUri) return fail('Redirect URI does not match the authorization request.');
      if (!auth.code || code !== auth.code) return fail('Invalid authorization code.');
      auth.used = true;
      const conn = store.scm.get(ctx.user.id).get(auth.origin);
      const now = Date.now();
      conn.tokens = [{ created: new Date(now), expiresAt: new Date(now + config.scmTokenLifetime * 1000) }];
      conn.invalid = false;
      store.audit(ctx.user.id, AUDIT.connectScm, `Connected ${auth.origin}`);
      return { success: true, error: null };
    },

    revokeScmToken: ({ input: { origin } }, ctx) => {
      const conn = store.scm.get(ctx.user.id).get(origin);
      const fail = (error) => {
        store.audit(ctx.user.id, AUDIT.disconnectScm, `Failed to disconnect ${origin}: ${error}`, { outcome: 'FAILURE' });
        return { success: false, error };
      };
      if (!conn) return fail(`No SCM connection is configured for origin ${origin}.`);
      if (!conn.tokens.length) return fail(`There is no token for ${origin} to revoke.`);
      conn.tokens = [];
      conn.invalid = false;
      store.audit(ctx.user.id, AUDIT.disconnectScm, `Disconnected ${origin}`);
      return { success: true, error: null };
    },
  };
}

/**
 * Resolves a PAT to { user, role } or throws an Error with the message for the 401 body.
 * v2: the owner's current role, on every request. v1: the role at creation, and an admin's
 * PAT works only while the admin signed in within the last 14 days.
 */
export function patAuth(store, value, { platform = 'v2' } = {}) {
  const pat = store.patsByHash.get(sha256(value));
  if (!pat) throw new Error('Invalid or revoked personal access token.');
  if (pat.expiresAt && pat.expiresAt.getTime() <= Date.now()) throw new Error('Personal access token has expired.');
  const user = store.byId.get(pat.userId);
  if (!user) throw new Error('Invalid or revoked personal access token.');
  if (platform !== 'v1') return { user, role: user.role };
  const role = pat.roleAtCreation;
  if (role === 'ADMIN') {
    const last = user.lastActive ? user.lastActive.getTime() : -Infinity;
    if (Date.now() - last > ADMIN_SIGN_IN_WINDOW_DAYS * DAY) throw new Error(ADMIN_STALE_SIGN_IN_MESSAGE);
  }
  return { user, role };
}
