// A small in-memory oidc-provider adapter (Map based, with expiry) that, unlike the
// library's LRU memory adapter, can be enumerated: the test-only admin endpoint uses
// that to end one user's sessions and refresh tokens.

const store = new Map(); // key `${model}:${id}` -> { payload, expiresAt (ms) | undefined }
const grantIndex = new Map(); // grantId -> Set of keys
const sessionUidIndex = new Map(); // uid -> session id
const userCodeIndex = new Map(); // userCode -> id

const grantable = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

function live(entry) {
  return entry && (entry.expiresAt === undefined || entry.expiresAt > Date.now());
}

export class SandboxAdapter {
  constructor(model) {
    this.model = model;
  }

  key(id) {
    return `${this.model}:${id}`;
  }

  async upsert(id, payload, expiresIn) {
    const key = this.key(id);
    const expiresAt = expiresIn ? Date.now() + expiresIn * 1000 : undefined;
    if (this.model === 'Session' && payload.uid) sessionUidIndex.set(payload.uid, id);
    if (grantable.has(this.model) && payload.grantId) {
      if (!grantIndex.has(payload.grantId)) grantIndex.set(payload.grantId, new Set());
      grantIndex.get(payload.grantId).add(key);
    }
    if (payload.userCode) userCodeIndex.set(payload.userCode, id);
    store.set(key, { payload, expiresAt });
  }

  async find(id) {
    const entry = store.get(this.key(id));
    if (!live(entry)) {
      store.delete(this.key(id));
      return undefined;
    }
    return entry.payload;
  }

  async findByUid(uid) {
    const id = sessionUidIndex.get(uid);
    return id === undefined ? undefined : this.find(id);
  }

  async findByUserCode(userCode) {
    const id = userCodeIndex.get(userCode);
    return id === undefined ? undefined : this.find(id);
  }

  async consume(id) {
    const entry = store.get(this.key(id));
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id) {
    store.delete(this.key(id));
  }

  async revokeByGrantId(grantId) {
    const keys = grantIndex.get(grantId);
    if (keys) for (const k of keys) store.delete(k);
    grantIndex.delete(grantId);
  }
}

/** Removes every stored artefact of `model` whose payload matches `predicate`; returns how many. */
export function destroyWhere(model, predicate) {
  let n = 0;
  const prefix = `${model}:`;
  for (const [key, entry] of store) {
    if (key.startsWith(prefix) && predicate(entry.payload)) {
      store.delete(key);
      n += 1;
    }
  }
  return n;
}

/** Drops expired entries (called periodically). */
export function sweep() {
  for (const [key, entry] of store) if (!live(entry)) store.delete(key);
}
