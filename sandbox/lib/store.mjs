// In-memory tenant data: users, personal access tokens, SCM connections, SCM
// authorization requests, audit log events and audit log exports. Only hashes of PAT
// values are kept; no event ever carries a token value.
import crypto from 'node:crypto';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export function sha256(value) {
  return crypto.createHash('sha256').update(value).digest('hex');
}

export function randomToken(bytes = 32) {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** A PAT value as the platform issues it: `mat-` + 43 base64url characters. */
export function newPatValue() {
  return `mat-${randomToken(32)}`;
}

export const SCM_KINDS = [
  { origin: 'github.com', type: 'GithubConnection' },
  { origin: 'gitlab.com', type: 'GitLabConnection' },
  { origin: 'bitbucket.example.com', type: 'BitbucketConnection' },
  { origin: 'bitbucket.org', type: 'BitbucketCloudConnection' },
  { origin: 'dev.azure.com', type: 'AzureDevOpsConnection' },
];

/** The events of one audit target: { name: [action, CRUD type] } → { name: { target, action, actionType } }. */
function auditTarget(target, events) {
  return Object.fromEntries(
    Object.entries(events).map(([name, [action, actionType]]) => [name, { target, action, actionType }]),
  );
}

/** Audit vocabulary: target, action and CRUD type of every event the sandbox records. */
export const AUDIT = {
  ...auditTarget('authentication', { login: ['login.user', 'CREATE'] }),
  ...auditTarget('access.tokens', {
    createToken: ['create.token', 'CREATE'],
    revokeToken: ['delete.token', 'DELETE'],
    revokeAllTokens: ['delete.all.tokens', 'DELETE'],
  }),
  ...auditTarget('users', { deleteUser: ['delete.user', 'DELETE'], readUsers: ['read.users', 'READ'] }),
  ...auditTarget('scm.connections', {
    connectScm: ['connect.scm', 'CREATE'],
    disconnectScm: ['disconnect.scm', 'DELETE'],
    renewScm: ['renew.scm.token', 'UPDATE'],
  }),
  ...auditTarget('audit.logs', {
    readAudit: ['read.audit.logs', 'READ'],
    exportAudit: ['export.audit.logs', 'READ'],
    downloadAudit: ['download.audit.logs', 'READ'],
  }),
};

export const ADMIN_REALM_ROLE = 'admin';

/** A small deterministic PRNG (mulberry32) so that seeds are the same on every start. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createStore({
  realm, seedTokens = 0, seedUsers = 0, seedTokensPerUser = 5, seedAudit = 0, now = Date.now(),
}) {
  const users = [];
  const byId = new Map();
  const byUsername = new Map();
  const byEmail = new Map();
  const deletedUsers = new Map(); // id -> user, kept so that their audit events still name them
  // Bumped by every change to users or PATs (lists cached by the resolvers check it).
  let usersVersion = 0;

  const realmRolesFor = (role) => (role === 'ADMIN'
    ? [ADMIN_REALM_ROLE, `default-roles-${realm}`, 'offline_access']
    : [`default-roles-${realm}`, 'offline_access']);

  function addUser({ id = crypto.randomUUID(), username, password, email, name, givenName, familyName, role = 'USER', lastActive = null }) {
    if (!/^[A-Za-z0-9._@-]+$/.test(username || '')) throw new Error('username must match [A-Za-z0-9._@-]+');
    const mail = (email || `${username}@moderne.example`).toLowerCase();
    if (byUsername.has(username) || byEmail.has(mail)) throw new Error(`user ${username} / ${mail} already exists`);
    if (role !== 'ADMIN' && role !== 'USER') throw new Error('role must be ADMIN or USER');
    const u = {
      id,
      username,
      password: password ?? `${username}-password`,
      email: mail,
      name: name ?? username,
      givenName: givenName ?? username,
      familyName: familyName ?? '',
      role,
      realmRoles: realmRolesFor(role),
      accountRoles: ['manage-account', 'manage-account-links', 'view-profile'],
      lastActive,
    };
    users.push(u);
    usersVersion += 1;
    byId.set(u.id, u);
    byUsername.set(u.username, u);
    byEmail.set(u.email, u);
    return u;
  }

  /** Changes the role the API reports at once; JWTs issued before keep their roles. */
  function setRole(u, role) {
    if (role !== 'ADMIN' && role !== 'USER') throw new Error('role must be ADMIN or USER');
    u.role = role;
    u.realmRoles = realmRolesFor(role);
    usersVersion += 1;
  }

  function setLastActive(u, date) {
    u.lastActive = date;
    usersVersion += 1;
  }

  // Seeded users have "signed in" before: admin 2 days ago, user 20 days ago.
  const admin = addUser({
    id: '6a1f7c2e-5b3d-4e8a-9c10-2d4f6b8a0e11', username: 'admin', password: 'admin-password',
    email: 'admin@moderne.example', name: 'Ada Admin', givenName: 'Ada', familyName: 'Admin',
    role: 'ADMIN', lastActive: new Date(now - 2 * DAY),
  });
  const user = addUser({
    id: '0b9e3d54-7c21-4f6a-8e5d-3a2c1b0f9e77', username: 'user', password: 'user-password',
    email: 'user@moderne.example', name: 'Uma User', givenName: 'Uma', familyName: 'User',
    role: 'USER', lastActive: new Date(now - 20 * DAY),
  });

  // ---------------------------------------------------------------- PATs
  const pats = new Map(); // id -> { id, userId, description, created, expiresAt, hash, seq, roleAtCreation }
  const patsByHash = new Map(); // hash -> pat
  const patsByUser = new Map(); // userId -> Set(pat)
  let patSeq = 0;

  function addPat(userId, { description, created, expiresAt, value, id }) {
    patSeq += 1;
    const owner = byId.get(userId);
    // A seeded PAT has no value anyone knows: its "hash" can never equal a sha256 hex digest.
    const hash = value ? sha256(value) : `seed:${patSeq}`;
    const pat = {
      id: id ?? crypto.randomUUID(),
      userId,
      description: description ?? null,
      created,
      expiresAt: expiresAt ?? null,
      hash,
      seq: patSeq,
      roleAtCreation: owner ? owner.role : 'USER', // what a v1 PAT acts with
    };
    pats.set(pat.id, pat);
    usersVersion += 1;
    patsByHash.set(hash, pat);
    let set = patsByUser.get(userId);
    if (!set) { set = new Set(); patsByUser.set(userId, set); }
    set.add(pat);
    return pat;
  }

  function removePat(pat) {
    usersVersion += 1;
    pats.delete(pat.id);
    patsByHash.delete(pat.hash);
    patsByUser.get(pat.userId)?.delete(pat);
  }

  function patCountOf(userId) {
    const set = patsByUser.get(userId);
    return set ? set.size : 0;
  }

  function patsOf(userId) {
    const set = patsByUser.get(userId);
    return set ? [...set] : [];
  }

  const initialPats = [
    addPat(admin.id, { description: 'CI pipeline (no expiry)', created: new Date(now - 120 * DAY), expiresAt: null }),
    addPat(admin.id, { description: 'Old laptop (expired)', created: new Date(now - 100 * DAY), expiresAt: new Date(now - 10 * DAY) }),
    addPat(admin.id, { description: 'Moderne CLI (expires in 3 days)', created: new Date(now - 27 * DAY), expiresAt: new Date(now + 3 * DAY) }),
    addPat(admin.id, { description: 'IDE plugin (expires in 60 days)', created: new Date(now - 30 * DAY), expiresAt: new Date(now + 60 * DAY) }),
    addPat(user.id, { description: 'Moderne CLI', created: new Date(now - 5 * DAY), expiresAt: new Date(now + 25 * DAY) }),
    addPat(user.id, { description: 'Scripts (no expiry)', created: new Date(now - 40 * DAY), expiresAt: null }),
  ];
  for (let i = 1; i <= seedTokens; i += 1) {
    const created = new Date(now - (i % 365) * DAY - i * 1000);
    const kind = i % 4;
    const expiresAt = kind === 0 ? null : new Date(created.getTime() + [0, 7, 30, 90][kind] * DAY);
    addPat(admin.id, { description: `Seed token ${i}`, created, expiresAt });
  }

  // ---------------------------------------------------------------- scale seed: users
  // seed00001 … seedNNNNN: every 10th an ADMIN, last sign-ins spread over 0–400 days (every
  // 50th never signed in), `seedTokensPerUser` PATs each with the descriptions people use
  // (the CLI's repeated logins give several "Moderne CLI" tokens), some without expiry,
  // some expired, lifetimes from 7 to 365 days.
  const SEED_DESCRIPTIONS = ['Moderne CLI', 'Moderne CLI', 'IDE plugin', 'CI pipeline', 'GitHub Actions', 'Scripts', 'Local testing', null];
  const SEED_LIFETIMES = [null, 7, 30, 30, 90, 365];
  const width = Math.max(5, String(seedUsers).length);
  for (let i = 1; i <= seedUsers; i += 1) {
    const rnd = prng(i * 7919);
    const n = String(i).padStart(width, '0');
    const u = addUser({
      id: `5eed0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      username: `seed${n}`,
      password: 'seed-password',
      email: `seed${n}@moderne.example`,
      name: `Seed User ${n}`,
      givenName: 'Seed',
      familyName: `User ${n}`,
      role: i % 10 === 0 ? 'ADMIN' : 'USER',
      lastActive: i % 50 === 0 ? null : new Date(now - Math.floor(rnd() * 400 * DAY)),
    });
    for (let k = 0; k < seedTokensPerUser; k += 1) {
      const created = new Date(now - Math.floor(rnd() * 400 * DAY));
      const life = SEED_LIFETIMES[Math.floor(rnd() * SEED_LIFETIMES.length)];
      addPat(u.id, {
        id: `5eed7000-0000-4000-8000-${String(patSeq + 1).padStart(12, '0')}`,
        description: SEED_DESCRIPTIONS[Math.floor(rnd() * SEED_DESCRIPTIONS.length)],
        created,
        expiresAt: life === null ? null : new Date(created.getTime() + life * DAY),
      });
    }
  }

  // ---------------------------------------------------------------- SCM connections
  // Per user: origin -> { origin, type, tokens: [{ created, expiresAt }], invalid }
  // `invalid`: the platform reports the credential as unusable (its renewal failed); only
  // Disconnect then Connect repairs it. Created lazily for users added later.
  const scmByUser = new Map();
  function defaultConnections(u, seeded) {
    const conns = new Map();
    for (const k of SCM_KINDS) conns.set(k.origin, { ...k, tokens: [], invalid: false });
    if (seeded) {
      conns.get('github.com').tokens.push({ created: new Date(now - 2 * HOUR), expiresAt: new Date(now + 6 * HOUR) });
      // Expired an hour ago and the platform could not renew it (a v1 tenant: it simply
      // expired; a v2 tenant: its renewal failed, so it is reported invalid).
      const bb = conns.get('bitbucket.example.com');
      bb.tokens.push({ created: new Date(now - 9 * HOUR), expiresAt: new Date(now - 1 * HOUR) });
      bb.invalid = true;
    }
    return conns;
  }
  for (const u of [admin, user]) scmByUser.set(u.id, defaultConnections(u, true));
  const scm = {
    get(userId) {
      let conns = scmByUser.get(userId);
      if (!conns) { conns = defaultConnections(byId.get(userId), false); scmByUser.set(userId, conns); }
      return conns;
    },
    delete(userId) { scmByUser.delete(userId); },
  };

  const scmAuthorizations = new Map(); // id -> { id, userId, origin, redirectUri, state, code, expiresAt, used }

  // ---------------------------------------------------------------- audit log
  // Kept sorted by (timestamp, seq) ascending; appends are the common case.
  const auditLogs = [];
  const auditById = new Map();
  let auditSeq = 0;
  let auditVersion = 0;

  const auditKey = (e) => e.timestamp.getTime();
  function auditBefore(a, b) {
    const d = auditKey(a) - auditKey(b);
    return d !== 0 ? d < 0 : a.seq < b.seq;
  }

  /** Adds an event; returns it. `kind` is one of AUDIT's entries (or explicit fields). */
  function audit(userId, kind, description, { outcome = 'SUCCESS', timestamp = new Date(), id } = {}) {
    auditSeq += 1;
    const e = {
      id: id ?? crypto.randomUUID(),
      seq: auditSeq,
      userId,
      target: kind.target,
      action: kind.action,
      actionType: kind.actionType,
      outcome,
      description: description ?? null,
      timestamp,
    };
    // Binary search for the insertion point (almost always the end).
    let lo = 0;
    let hi = auditLogs.length;
    if (hi === 0 || !auditBefore(e, auditLogs[hi - 1])) {
      auditLogs.push(e);
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (auditBefore(auditLogs[mid], e)) lo = mid + 1; else hi = mid;
      }
      auditLogs.splice(lo, 0, e);
    }
    auditById.set(e.id, e);
    auditVersion += 1;
    return e;
  }

  /** Index of `e` in auditLogs (binary search on (timestamp, seq)). */
  function auditIndexOf(e) {
    let lo = 0;
    let hi = auditLogs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (auditBefore(auditLogs[mid], e)) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // Scale seed: events over the last 365 days, oldest first, by every user in turn (pushed
  // directly: the log is still empty here, and they come in time order).
  if (seedAudit > 0) {
    const rnd = prng(20260804);
    const actors = users;
    const start = now - 365 * DAY;
    const step = (365 * DAY - 60 * 1000) / seedAudit;
    const kinds = [
      [AUDIT.login, 30], [AUDIT.createToken, 20], [AUDIT.revokeToken, 12], [AUDIT.readAudit, 8],
      [AUDIT.connectScm, 10], [AUDIT.disconnectScm, 6], [AUDIT.revokeAllTokens, 3], [AUDIT.renewScm, 6],
      [AUDIT.exportAudit, 2], [AUDIT.deleteUser, 1], [AUDIT.readUsers, 2],
    ];
    const total = kinds.reduce((s, [, w]) => s + w, 0);
    const pick = () => {
      let r = rnd() * total;
      for (const [k, w] of kinds) { r -= w; if (r < 0) return k; }
      return kinds[0][0];
    };
    for (let i = 0; i < seedAudit; i += 1) {
      const actor = actors[Math.floor(rnd() * actors.length)];
      const kind = pick();
      const failed = rnd() < 0.05;
      const origin = SCM_KINDS[Math.floor(rnd() * SCM_KINDS.length)].origin;
      let description;
      switch (kind.action) {
        case 'login.user': description = failed ? `Failed sign-in of ${actor.email}: invalid credentials` : `${actor.email} signed in`; break;
        case 'create.token': {
          // Names one of the actor's tokens when it has any, so that a token's history is not empty.
          const own = patsByUser.get(actor.id);
          let pat = null;
          if (own && own.size) {
            let k = Math.floor(rnd() * own.size);
            for (const p of own) { if (k === 0) { pat = p; break; } k -= 1; }
          }
          description = pat ? `Created access token '${pat.description ?? ''}' (${pat.id})` : `Created access token 'Moderne CLI' (5eed0dead-${i})`;
          break;
        }
        case 'delete.token': description = `Revoked access token 'Moderne CLI' (5eed0dead-${i})`; break;
        case 'delete.all.tokens': description = `Revoked all access tokens of ${actors[Math.floor(rnd() * actors.length)].email}`; break;
        case 'read.audit.logs': description = 'Read audit logs'; break;
        case 'export.audit.logs': description = `Started a ${rnd() < 0.5 ? 'CSV' : 'CEF'} export of audit logs`; break;
        case 'connect.scm': description = `Connected ${origin}`; break;
        case 'disconnect.scm': description = `Disconnected ${origin}`; break;
        case 'renew.scm.token': description = `The platform renewed the ${origin} credential`; break;
        case 'delete.user': description = `Deleted user former${i}@moderne.example and 0 access tokens`; break;
        default: description = 'Read users';
      }
      const ts = new Date(Math.floor(start + i * step));
      auditSeq += 1;
      const e = {
        id: `a0d17000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
        seq: auditSeq,
        userId: actor.id,
        target: kind.target,
        action: kind.action,
        actionType: kind.actionType,
        outcome: failed ? 'FAILURE' : 'SUCCESS',
        description,
        timestamp: ts,
      };
      auditLogs.push(e);
      auditById.set(e.id, e);
    }
    auditVersion += 1;
  }

  // The fixed PATs' creation events, so that even an unseeded tenant has some history
  // (inserted in time order among the seeded events).
  for (const p of initialPats) {
    audit(p.userId, AUDIT.createToken, `Created access token '${p.description}' (${p.id})${p.expiresAt ? ` expiring ${p.expiresAt.toISOString()}` : ' without expiry'}`, { timestamp: p.created });
  }

  // ---------------------------------------------------------------- audit exports
  const downloads = new Map(); // id -> { id, userId, format, startedAt, readyAt, error, content, finishedAt }

  // ---------------------------------------------------------------- user deletion
  /** Deletes a user, their PATs, SCM connections and authorizations; returns the PAT count. */
  function deleteUser(u) {
    const own = patsOf(u.id);
    for (const p of own) removePat(p);
    patsByUser.delete(u.id);
    scm.delete(u.id);
    for (const [id, a] of scmAuthorizations) if (a.userId === u.id) scmAuthorizations.delete(id);
    users.splice(users.indexOf(u), 1);
    byId.delete(u.id);
    byUsername.delete(u.username);
    byEmail.delete(u.email);
    deletedUsers.set(u.id, u);
    usersVersion += 1;
    return own.length;
  }

  return {
    users, byId, byUsername, byEmail, deletedUsers, addUser, setRole, setLastActive, deleteUser,
    get usersVersion() { return usersVersion; },
    pats, patsByHash, addPat, removePat, patsOf, patCountOf,
    scm, scmAuthorizations,
    auditLogs, auditById, audit, auditIndexOf, get auditVersion() { return auditVersion; },
    downloads,
    /** A user by id, including deleted ones (audit events keep naming them). */
    anyUser(id) { return byId.get(id) || deletedUsers.get(id); },
  };
}
