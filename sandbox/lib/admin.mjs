// Test-only endpoints under /sandbox/admin/ that change the tenant behind the app's back:
// roles, last sign-ins, SCM credentials, users, tokens, the PAT cap, audit events, and a
// state dump. Never part of the platform's API; bound to 127.0.0.1 like everything else.
import { newPatValue, AUDIT } from './store.mjs';
import { parseDateTime } from './graphql.mjs';

const DAY = 24 * 3600 * 1000;

class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

function timeParam(q, { atName = 'at', daysName = 'daysAgo', required = true } = {}) {
  const at = q.get(atName);
  const days = q.get(daysName);
  if (at !== null && at !== '') {
    try { return parseDateTime(at); } catch { throw new HttpError(400, `${atName} must be an RFC 3339 date-time`); }
  }
  if (days !== null && days !== '') {
    const n = Number(days);
    if (!Number.isFinite(n)) throw new HttpError(400, `${daysName} must be a number`);
    return new Date(Date.now() - n * DAY);
  }
  if (required) throw new HttpError(400, `give ${atName}=<RFC 3339> or ${daysName}=<number>`);
  return undefined;
}

const iso = (d) => (d ? d.toISOString() : null);

export function userSummary(store, u, { tokens = true, scm = false } = {}) {
  const out = {
    id: u.id, username: u.username, email: u.email, role: u.role, realmRoles: [...u.realmRoles], lastActive: iso(u.lastActive),
  };
  if (tokens) {
    out.tokens = store.patsOf(u.id).sort((a, b) => a.seq - b.seq)
      .map((p) => ({ id: p.id, description: p.description, created: iso(p.created), expiresAt: iso(p.expiresAt), roleAtCreation: p.roleAtCreation }));
  }
  if (scm) out.scm = [...store.scm.get(u.id).values()].map(scmSummary);
  return out;
}

function scmSummary(c) {
  return {
    origin: c.origin, type: c.type, invalid: c.invalid, tokens: c.tokens.map((t) => ({ created: iso(t.created), expiresAt: iso(t.expiresAt) })),
  };
}

/**
 * ctx: { store, config, revokeUserSessions(user) -> counts, readBody(req) }
 * Returns handle(req, res, url, sendJson) -> true when the path was one of these endpoints.
 */
export function createAdminHandlers({ store, config, revokeUserSessions, readBody }) {
  const findUser = (q) => {
    const name = q.get('username');
    const email = q.get('email');
    const u = (name && store.byUsername.get(name)) || (email && store.byEmail.get(email.toLowerCase()));
    if (!u) throw new HttpError(404, 'unknown user');
    return u;
  };
  const findConn = (q) => {
    const u = findUser(q);
    const origin = q.get('origin') || '';
    const c = store.scm.get(u.id).get(origin);
    if (!c) throw new HttpError(404, `unknown origin ${origin}`);
    return { u, c };
  };
  const lifetimeMs = () => config.scmTokenLifetime * 1000;

  const routes = {
    'revoke-sessions': (q) => {
      const u = findUser(q);
      return { username: u.username, ...revokeUserSessions(u) };
    },
    'set-role': (q) => {
      const u = findUser(q);
      const role = String(q.get('role') || '').toUpperCase();
      if (role !== 'ADMIN' && role !== 'USER') throw new HttpError(400, 'role must be ADMIN or USER');
      store.setRole(u, role);
      return userSummary(store, u, { tokens: false });
    },
    'set-last-active': (q) => {
      const u = findUser(q);
      store.setLastActive(u, q.get('at') === 'never' ? null : timeParam(q));
      return userSummary(store, u, { tokens: false });
    },
    'scm-expire': (q) => {
      const { u, c } = findConn(q);
      const inSeconds = Number(q.get('inSeconds') ?? 0);
      if (!Number.isFinite(inSeconds)) throw new HttpError(400, 'inSeconds must be a number');
      const now = Date.now();
      const expiresAt = new Date(now + inSeconds * 1000);
      if (c.tokens.length) c.tokens[c.tokens.length - 1].expiresAt = expiresAt;
      else c.tokens = [{ created: new Date(expiresAt.getTime() - lifetimeMs()), expiresAt }];
      return { username: u.username, ...scmSummary(c) };
    },
    'scm-renew': (q) => {
      const { u, c } = findConn(q);
      const now = Date.now();
      c.tokens = [{ created: new Date(now), expiresAt: new Date(now + lifetimeMs()) }];
      c.invalid = false;
      store.audit(u.id, AUDIT.renewScm, `The platform renewed the ${c.origin} credential of ${u.email}`);
      return { username: u.username, ...scmSummary(c) };
    },
    'scm-invalidate': (q) => {
      const { u, c } = findConn(q);
      c.invalid = true;
      return { username: u.username, ...scmSummary(c) };
    },
    'add-user': (q) => {
      const role = String(q.get('role') || 'USER').toUpperCase();
      let u;
      try {
        u = store.addUser({
          username: q.get('username'),
          email: q.get('email') || undefined,
          password: q.get('password') || undefined,
          name: q.get('name') || undefined,
          role,
          lastActive: timeParam(q, { required: false }) ?? null,
        });
      } catch (e) { throw new HttpError(400, e.message); }
      return userSummary(store, u, { tokens: false });
    },
    'add-token': (q) => {
      const u = findUser(q);
      const now = Date.now();
      const created = timeParam(q, { atName: 'created', daysName: 'createdDaysAgo', required: false }) ?? new Date(now);
      let expiresAt = null;
      if (q.get('expiresAt')) {
        try { expiresAt = parseDateTime(q.get('expiresAt')); } catch { throw new HttpError(400, 'expiresAt must be an RFC 3339 date-time'); }
      } else if (q.get('expiresInDays')) {
        const n = Number(q.get('expiresInDays'));
        if (!Number.isFinite(n)) throw new HttpError(400, 'expiresInDays must be a number');
        expiresAt = new Date(now + n * DAY);
      }
      const value = newPatValue();
      const pat = store.addPat(u.id, { description: q.get('description'), created, expiresAt, value });
      store.audit(u.id, AUDIT.createToken, `Created access token '${pat.description ?? ''}' (${pat.id})${expiresAt ? ` expiring ${expiresAt.toISOString()}` : ' without expiry'}`, { timestamp: created });
      return { id: pat.id, token: value, description: pat.description, created: iso(created), expiresAt: iso(expiresAt) };
    },
    'set-max-expiry-days': (q) => {
      const d = q.get('days');
      if (d === 'none' || d === '' || d === null) config.maxExpiryDays = null;
      else {
        const n = Number(d);
        if (!Number.isInteger(n) || n < 1) throw new HttpError(400, 'days must be an integer >= 1 or "none"');
        config.maxExpiryDays = n;
      }
      return { maxExpiryDays: config.maxExpiryDays };
    },
    'audit-event': async (q, req) => {
      let body;
      try { body = JSON.parse(await readBody(req) || '{}'); } catch { throw new HttpError(400, 'body must be JSON'); }
      const u = (body.username && store.byUsername.get(body.username))
        || (body.email && (store.byEmail.get(String(body.email).toLowerCase())
          || [...store.deletedUsers.values()].find((d) => d.email === String(body.email).toLowerCase())));
      if (!u) throw new HttpError(404, 'unknown user');
      const actionType = body.actionType || 'READ';
      const outcome = body.outcome || 'SUCCESS';
      if (!['CREATE', 'READ', 'UPDATE', 'DELETE'].includes(actionType)) throw new HttpError(400, 'actionType must be CREATE, READ, UPDATE or DELETE');
      if (!['SUCCESS', 'FAILURE'].includes(outcome)) throw new HttpError(400, 'outcome must be SUCCESS or FAILURE');
      if (!body.target || !body.action) throw new HttpError(400, 'target and action are required');
      let timestamp = new Date();
      if (body.timestamp) { try { timestamp = parseDateTime(body.timestamp); } catch { throw new HttpError(400, 'timestamp must be RFC 3339'); } }
      const e = store.audit(u.id, { target: String(body.target), action: String(body.action), actionType }, body.description ?? null, { outcome, timestamp });
      return { id: e.id, timestamp: iso(e.timestamp) };
    },
  };

  return async function handle(req, res, url, sendJson) {
    const m = /^\/sandbox\/admin\/([a-z-]+)$/.exec(url.pathname);
    if (!m) return false;
    const name = m[1];
    try {
      if (name === 'state') {
        if (req.method !== 'GET') throw new HttpError(405, 'use GET');
        const q = url.searchParams;
        const list = q.get('username') || q.get('email') ? [findUser(q)] : store.users;
        sendJson(res, 200, {
          platform: config.platform,
          maxExpiryDays: config.maxExpiryDays ?? null,
          auditEvents: store.auditLogs.length,
          users: list.map((u) => userSummary(store, u, { scm: list.length === 1 })),
          deletedUsers: [...store.deletedUsers.values()].map((u) => ({ username: u.username, email: u.email })),
        });
        return true;
      }
      const route = routes[name];
      if (!route) return false;
      if (req.method !== 'POST') throw new HttpError(405, 'use POST');
      sendJson(res, 200, await route(url.searchParams, req));
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      sendJson(res, e.status, { error: e.message }, e.status === 405 ? { Allow: name === 'state' ? 'GET' : 'POST' } : {});
    }
    return true;
  };
}
