// In-memory tenant data: users, personal access tokens, SCM connections, SCM
// authorization requests and audit log entries. Only hashes of PAT values are kept.
import crypto from 'node:crypto';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export function sha256(value) {
  return crypto.createHash('sha256').update(value).digest('hex');
}

export function randomToken(bytes = 32) {
  return crypto.randomBytes(bytes).toString('base64url');
}

export const SCM_KINDS = [
  { origin: 'github.com', type: 'GithubConnection' },
  { origin: 'gitlab.com', type: 'GitLabConnection' },
  { origin: 'bitbucket.example.com', type: 'BitbucketConnection' },
  { origin: 'bitbucket.org', type: 'BitbucketCloudConnection' },
  { origin: 'dev.azure.com', type: 'AzureDevOpsConnection' },
];

export function createStore({ realm, seedTokens = 0, now = Date.now() }) {
  const users = [
    {
      id: '6a1f7c2e-5b3d-4e8a-9c10-2d4f6b8a0e11',
      username: 'admin',
      password: 'admin-password',
      email: 'admin@moderne.example',
      name: 'Ada Admin',
      givenName: 'Ada',
      familyName: 'Admin',
      role: 'ADMIN',
      realmRoles: ['admin', `default-roles-${realm}`, 'offline_access'],
      accountRoles: ['manage-account', 'manage-account-links', 'view-profile'],
      lastActive: null,
    },
    {
      id: '0b9e3d54-7c21-4f6a-8e5d-3a2c1b0f9e77',
      username: 'user',
      password: 'user-password',
      email: 'user@moderne.example',
      name: 'Uma User',
      givenName: 'Uma',
      familyName: 'User',
      role: 'USER',
      realmRoles: [`default-roles-${realm}`, 'offline_access'],
      accountRoles: ['manage-account', 'manage-account-links', 'view-profile'],
      lastActive: null,
    },
  ];
  // Seeded users have "signed in" before: admin 2 days ago, user 20 days ago.
  users[0].lastActive = new Date(now - 2 * DAY);
  users[1].lastActive = new Date(now - 20 * DAY);

  const byId = new Map(users.map((u) => [u.id, u]));
  const byUsername = new Map(users.map((u) => [u.username, u]));
  const byEmail = new Map(users.map((u) => [u.email.toLowerCase(), u]));

  const pats = new Map(); // id -> { id, userId, description, created, expiresAt, hash }
  const patsByHash = new Map(); // hash -> pat
  let patSeq = 0;

  function addPat(userId, { description, created, expiresAt, value }) {
    patSeq += 1;
    const id = crypto.randomUUID();
    const hash = sha256(value ?? `seed-${patSeq}-${randomToken(12)}`);
    const pat = { id, userId, description: description ?? null, created, expiresAt: expiresAt ?? null, hash, seq: patSeq };
    pats.set(id, pat);
    patsByHash.set(hash, pat);
    return pat;
  }

  const admin = users[0];
  const user = users[1];
  addPat(admin.id, { description: 'CI pipeline (no expiry)', created: new Date(now - 120 * DAY), expiresAt: null });
  addPat(admin.id, { description: 'Old laptop (expired)', created: new Date(now - 100 * DAY), expiresAt: new Date(now - 10 * DAY) });
  addPat(admin.id, { description: 'Moderne CLI (expires in 3 days)', created: new Date(now - 27 * DAY), expiresAt: new Date(now + 3 * DAY) });
  addPat(admin.id, { description: 'IDE plugin (expires in 60 days)', created: new Date(now - 30 * DAY), expiresAt: new Date(now + 60 * DAY) });
  addPat(user.id, { description: 'Moderne CLI', created: new Date(now - 5 * DAY), expiresAt: new Date(now + 25 * DAY) });
  addPat(user.id, { description: 'Scripts (no expiry)', created: new Date(now - 40 * DAY), expiresAt: null });
  for (let i = 1; i <= seedTokens; i += 1) {
    const created = new Date(now - (i % 365) * DAY - i * 1000);
    const kind = i % 4;
    const expiresAt = kind === 0 ? null : new Date(created.getTime() + [0, 7, 30, 90][kind] * DAY);
    addPat(admin.id, { description: `Seed token ${i}`, created, expiresAt });
  }

  // SCM connections per user: origin -> { origin, type, tokens: [{ created, expiresAt }] }
  const scm = new Map();
  for (const u of users) {
    const conns = new Map();
    for (const k of SCM_KINDS) conns.set(k.origin, { ...k, tokens: [] });
    conns.get('github.com').tokens.push({ created: new Date(now - 2 * HOUR), expiresAt: new Date(now + 6 * HOUR) });
    conns.get('bitbucket.example.com').tokens.push({ created: new Date(now - 9 * HOUR), expiresAt: new Date(now - 1 * HOUR) });
    scm.set(u.id, conns);
  }

  const scmAuthorizations = new Map(); // id -> { id, userId, origin, redirectUri, state, code, expiresAt, used }
  const auditLogs = []; // { id, userId, target, action, actionType, outcome, description, timestamp }

  function audit(userId, action, actionType, description, outcome = 'SUCCESS') {
    auditLogs.push({
      id: crypto.randomUUID(), userId, target: 'access.tokens', action, actionType, outcome, description, timestamp: new Date(),
    });
  }

  return {
    users, byId, byUsername, byEmail, pats, patsByHash, addPat, scm, scmAuthorizations, auditLogs, audit,
    patsOf(userId) {
      const out = [];
      for (const p of pats.values()) if (p.userId === userId) out.push(p);
      return out;
    },
    removePat(pat) {
      pats.delete(pat.id);
      patsByHash.delete(pat.hash);
    },
  };
}
