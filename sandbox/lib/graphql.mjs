// GraphQL schema (sandbox/schema.graphql) + resolvers over the in-memory store.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSchema, GraphQLError, Kind } from 'graphql';
import { randomToken, sha256 } from './store.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DAY = 24 * 3600 * 1000;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function parseDateTime(value) {
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

function cmp(a, b) {
  if (a instanceof Date) a = a.getTime();
  if (b instanceof Date) b = b.getTime();
  return a < b ? -1 : a > b ? 1 : 0;
}

function matchScalar(value, filter) {
  if (!filter) return true;
  for (const [op, arg] of Object.entries(filter)) {
    if (arg === undefined) continue;
    const v = value instanceof Date ? value.getTime() : value;
    const a = arg instanceof Date ? arg.getTime() : arg;
    switch (op) {
      case '_isNull': if ((value === null || value === undefined) !== arg) return false; break;
      case '_eq': if (v !== a) return false; break;
      case '_neq': if (v === a) return false; break;
      case '_in': if (!arg.map((x) => (x instanceof Date ? x.getTime() : x)).includes(v)) return false; break;
      case '_nin': if (arg.map((x) => (x instanceof Date ? x.getTime() : x)).includes(v)) return false; break;
      case '_contains': if (typeof v !== 'string' || !v.includes(a)) return false; break;
      case '_icontains': if (typeof v !== 'string' || !v.toLowerCase().includes(String(a).toLowerCase())) return false; break;
      case '_startsWith': if (typeof v !== 'string' || !v.startsWith(a)) return false; break;
      case '_endsWith': if (typeof v !== 'string' || !v.endsWith(a)) return false; break;
      case '_gt': if (v === null || v === undefined || !(cmp(v, a) > 0)) return false; break;
      case '_gte': if (v === null || v === undefined || !(cmp(v, a) >= 0)) return false; break;
      case '_lt': if (v === null || v === undefined || !(cmp(v, a) < 0)) return false; break;
      case '_lte': if (v === null || v === undefined || !(cmp(v, a) <= 0)) return false; break;
      default: throw new GraphQLError(`Unsupported filter operator ${op}`);
    }
  }
  return true;
}

/** where: { field: filter, _and, _or, _not }; getters: field -> (item) => value */
function matchWhere(item, where, getters) {
  if (!where) return true;
  for (const [key, filter] of Object.entries(where)) {
    if (filter === undefined || filter === null) continue;
    if (key === '_and') { if (!filter.every((w) => matchWhere(item, w, getters))) return false; continue; }
    if (key === '_or') { if (!filter.some((w) => matchWhere(item, w, getters))) return false; continue; }
    if (key === '_not') { if (matchWhere(item, filter, getters)) return false; continue; }
    const g = getters[key];
    if (!g) throw new GraphQLError(`Filtering on ${key} is not supported by the sandbox`);
    if (typeof g === 'object') { if (!matchWhere(g.get(item), filter, g.getters)) return false; continue; }
    if (!matchScalar(g(item), filter)) return false;
  }
  return true;
}

/** Sorts with nulls last for ASC and first for DESC; tie-break on `tie`. */
function sortBy(items, orderBy, fieldGetters, defaultOrder, tie) {
  const order = orderBy && orderBy.length ? orderBy : defaultOrder;
  return items.sort((x, y) => {
    for (const { field, direction } of order) {
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
    return cmp(tie(x), tie(y));
  });
}

const encodeCursor = (key) => Buffer.from(`c:${key}`).toString('base64url');
function decodeCursor(cursor) {
  const s = Buffer.from(String(cursor), 'base64url').toString('utf8');
  if (!s.startsWith('c:')) throw new GraphQLError('Invalid cursor');
  return s.slice(2);
}

function paginate(sorted, { first = 100, after }, keyOf, toNode) {
  if (first !== null && first < 0) throw new GraphQLError('first must be non-negative');
  let start = 0;
  if (after) {
    const key = decodeCursor(after);
    const idx = sorted.findIndex((it) => String(keyOf(it)) === key);
    if (idx < 0) throw new GraphQLError('Invalid cursor');
    start = idx + 1;
  }
  const limit = first === null || first === undefined ? sorted.length : first;
  const page = sorted.slice(start, start + limit);
  const edges = page.map((it) => ({ node: toNode(it), cursor: encodeCursor(keyOf(it)) }));
  return {
    count: sorted.length,
    edges,
    pageInfo: {
      hasNextPage: start + page.length < sorted.length,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

// ------------------------------------------------------------------ resolvers

export function createRoot({ store, config }) {
  const patGetters = { description: (p) => p.description, created: (p) => p.created, expiresAt: (p) => p.expiresAt };
  const patOrder = { CREATED: (p) => p.created, EXPIRES_AT: (p) => p.expiresAt };
  const tokenCount = (u) => store.patsOf(u.id).length;
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
        const items = store.patsOf(u.id).filter((p) => matchWhere(p, where, patGetters));
        sortBy(items, orderBy, patOrder, [{ field: 'CREATED', direction: 'DESC' }], (p) => p.seq);
        return paginate(items, { first, after }, (p) => p.id, patNode);
      },
    };
  }

  function requireAdmin(ctx) {
    if (ctx.user.role !== 'ADMIN') throw new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } });
  }

  function scmNode(c) {
    const now = Date.now();
    return {
      __typename: c.type,
      resourceId: c.origin,
      isAuthorized: c.tokens.some((t) => !t.expiresAt || t.expiresAt.getTime() > now),
      tokens: c.tokens.map((t) => ({ created: t.created, expiresAt: t.expiresAt })),
    };
  }

  return {
    currentUser: (_args, ctx) => userNode(ctx.user),

    users: ({ first, after, where, orderBy }, ctx) => {
      requireAdmin(ctx);
      const items = store.users.filter((u) => matchWhere(u, where, userGetters));
      sortBy(items, orderBy, userOrder, [{ field: 'EMAIL', direction: 'ASC' }], (u) => u.id);
      return paginate(items, { first, after }, (u) => u.id, userNode);
    },

    scmConnections: (_args, ctx) => [...store.scm.get(ctx.user.id).values()].map(scmNode),

    connectors: ({ first, after }) => {
      const connector = {
        id: 'sandbox-connector',
        nickname: 'sandbox',
        version: '1.0.0-sandbox',
        personalAccessTokenConfiguration: { maxExpiryDays: config.maxExpiryDays ?? null },
      };
      return paginate([connector], { first, after }, (c) => c.id, (c) => c);
    },

    auditLogs: ({ first, after, where, orderBy }, ctx) => {
      requireAdmin(ctx);
      const getters = {
        user: { get: (l) => store.byId.get(l.userId), getters: userGetters },
        target: (l) => l.target,
        action: (l) => l.action,
        actionType: (l) => l.actionType,
        outcome: (l) => l.outcome,
        description: (l) => l.description,
        timestamp: (l) => l.timestamp,
      };
      const order = { TIMESTAMP: (l) => l.timestamp, USER_ID: (l) => l.userId, TARGET: (l) => l.target, ACTION: (l) => l.action };
      const items = store.auditLogs.filter((l) => matchWhere(l, where, getters));
      sortBy(items, orderBy, order, [{ field: 'TIMESTAMP', direction: 'DESC' }], (l) => l.id);
      return paginate(items, { first, after }, (l) => l.id, (l) => ({ ...l, user: userNode(store.byId.get(l.userId)) }));
    },

    createAccessToken: ({ description, expiresAt }, ctx) => {
      const now = Date.now();
      if (expiresAt && expiresAt.getTime() <= now) {
        throw new GraphQLError('Token expiry must be in the future.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      if (config.maxExpiryDays != null) {
        const limit = now + config.maxExpiryDays * DAY;
        if (!expiresAt || expiresAt.getTime() > limit) {
          throw new GraphQLError(
            `Token expiry exceeds the maximum of ${config.maxExpiryDays} days allowed by your administrator.`,
            { extensions: { code: 'BAD_USER_INPUT', maxExpiryDays: config.maxExpiryDays } },
          );
        }
      }
      const value = `mat-${randomToken(32)}`;
      const pat = store.addPat(ctx.user.id, { description: description ?? null, created: new Date(now), expiresAt: expiresAt ?? null, value });
      store.audit(ctx.user.id, 'create', 'CREATE', `Created access token ${pat.id}`);
      return { ...patNode(pat), token: value };
    },

    revokeAccessToken: ({ id }, ctx) => {
      const pat = store.pats.get(id);
      // "Revokes an access token by ID": a user's own, or any user's for an admin.
      if (!pat || (pat.userId !== ctx.user.id && ctx.user.role !== 'ADMIN')) return false;
      store.removePat(pat);
      store.audit(ctx.user.id, 'revoke', 'DELETE', `Revoked access token ${pat.id}`);
      return true;
    },

    revokeAllAccessTokens: ({ email }, ctx) => {
      requireAdmin(ctx);
      const target = store.byEmail.get(String(email).toLowerCase());
      if (!target) return false;
      for (const pat of store.patsOf(target.id)) store.removePat(pat);
      store.audit(ctx.user.id, 'revokeAll', 'DELETE', `Revoked all access tokens of ${target.email}`);
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
      const fail = (error) => ({ success: false, error });
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
      return { success: true, error: null };
    },

    revokeScmToken: ({ input: { origin } }, ctx) => {
      const conn = store.scm.get(ctx.user.id).get(origin);
      if (!conn) return { success: false, error: `No SCM connection is configured for origin ${origin}.` };
      if (!conn.tokens.length) return { success: false, error: `There is no token for ${origin} to revoke.` };
      conn.tokens = [];
      return { success: true, error: null };
    },
  };
}

/** Resolves a bearer value to { user, auth } or throws an Error with a message for the 401 body. */
export function patAuth(store, value) {
  const pat = store.patsByHash.get(sha256(value));
  if (!pat) throw new Error('Invalid or revoked personal access token.');
  if (pat.expiresAt && pat.expiresAt.getTime() <= Date.now()) throw new Error('Personal access token has expired.');
  return store.byId.get(pat.userId);
}
