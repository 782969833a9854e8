// Cost limiting: the platform schema's @cost / @listSize directives applied as a
// cost-limiting gateway (Apollo Router demand control) applies them, and --max-cost refusing
// costlier operations before they run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { startServer, login, gql, sandboxAdmin } from '../lib/testing.mjs';
import { loadCostDirectives, estimateCost } from '../lib/cost.mjs';
import { loadSandboxSchema, realSchemaPath } from '../lib/paths.mjs';

const MAX = 3000;
const HYGIENE = `query Hygiene($first: Int, $after: String) {
  users(first: $first, after: $after, orderBy: [{ field: EMAIL, direction: ASC }]) {
    count pageInfo { hasNextPage endCursor }
    edges { node { email role lastActive tokens(first: 100) { count edges { node { id description created expiresAt } } } } } } }`;

let limited;
let unlimited;
let adminTok;

before(async () => {
  [limited, unlimited] = await Promise.all([
    startServer(['--max-cost', String(MAX), '--seed-users', '200', '--log-operations', '/dev/null']),
    startServer(['--seed-users', '200']),
  ]);
  adminTok = (await login(limited.baseUrl)).access_token;
});

after(async () => {
  await Promise.all([limited.stop(), unlimited.stop()]);
});

test('the estimate follows the directives of the platform schema', () => {
  const directives = loadCostDirectives(realSchemaPath());
  assert.deepEqual(directives.fields.get('Query.auditLogs'), { weight: 100 });
  assert.deepEqual(directives.fields.get('User.tokens'), { weight: 50 });
  assert.deepEqual(directives.fields.get('Query.users'), { listSize: { slicingArguments: ['first'], sizedFields: ['edges'] } });
  const schema = loadSandboxSchema();
  const cost = (q, variables = {}) => estimateCost({ schema, document: parse(q), variables, directives, defaultListSize: 10 });
  assert.equal(cost('{ currentUser { email } }'), 1);
  // users: 1 + first × (edge 1 + node 1 + tokens (50 + 10 assumed edges × (1 + 1)))
  assert.equal(cost(HYGIENE, { first: 100 }), 1 + 1 + 100 * (1 + 1 + 50 + 10 * 2));
  assert.equal(cost(HYGIENE, { first: 10 }), 1 + 1 + 10 * (1 + 1 + 50 + 10 * 2));
  assert.equal(cost(HYGIENE), 1 + 1 + 100 * (1 + 1 + 50 + 10 * 2), 'first defaults to the argument default, 100');
  assert.equal(cost('{ users(first: 5) { count } }'), 1, 'the size applies to edges only');
  // auditLogs weighs 100 whatever its first (no @listSize): 100 + 10 × (edge + node + user)
  assert.equal(cost('{ auditLogs(first: 5) { edges { node { id user { email } } } } }'), 100 + 10 * 3);
  assert.equal(cost('{ auditLogs(first: 500) { edges { node { id user { email } } } } }'), 100 + 10 * 3);
  // an interface list and fragments on its implementations: the most expensive one counts
  assert.equal(cost('{ scmConnections { resourceId } }'), 10);
  assert.equal(cost('{ scmConnections { ... on GithubConnection { tokens { created } } ... on GitLabConnection { resourceId } } }'), 10 * (1 + 10));
  assert.equal(cost('fragment F on ScmConnection { tokens { created } } { scmConnections { ...F } }'), 10 * (1 + 10));
  // mutations cost 10 more
  assert.equal(cost('mutation { createAccessToken(description: "x") { id } }'), 11);
  assert.equal(cost('mutation { revokeAccessToken(id: "x") }'), 10);
  // the operation named, and variables resolved
  assert.equal(cost('query A { currentUser { email } } query B($n: Int) { users(first: $n) { edges { node { email } } } }', { n: 3 }), 1, 'the first operation');
  assert.equal(estimateCost({
    schema, document: parse('query A { currentUser { email } } query B($n: Int) { users(first: $n) { edges { node { email } } } }'), operationName: 'B', variables: { n: 3 }, directives,
  }), 1 + 3 * 2);
});

test('--max-cost refuses a costlier query with the gateway\'s error, before it runs; a smaller first is accepted', async () => {
  const r = await gql(limited.baseUrl, adminTok, HYGIENE, { first: 100 }, 'Hygiene');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('x-sandbox-estimated-cost'), '7202');
  assert.deepEqual(r.json, {
    errors: [{
      message: `query estimated cost 7202 exceeded configured maximum ${MAX}`,
      extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', 'cost.estimated': 7202, 'cost.max': MAX },
    }],
  });
  // The same document with a page the gateway accepts, then paged to the end.
  let after = null;
  let seen = 0;
  for (;;) {
    const ok = await gql(limited.baseUrl, adminTok, HYGIENE, { first: 25, after }, 'Hygiene');
    assert.equal(ok.json.errors, undefined, JSON.stringify(ok.json.errors));
    assert.equal(ok.headers.get('x-sandbox-estimated-cost'), String(2 + 25 * 72));
    seen += ok.json.data.users.edges.length;
    if (!ok.json.data.users.pageInfo.hasNextPage) break;
    after = ok.json.data.users.pageInfo.endCursor;
  }
  assert.equal(seen, 202);
  // Exactly at the maximum is accepted (1 + first × 2 with first = 1499 → 2999; 1500 → 3001).
  const edge = (n) => gql(limited.baseUrl, adminTok, 'query E($n: Int) { users(first: $n) { edges { node { email } } } }', { n }, 'E');
  assert.equal((await edge(1499)).json.errors, undefined);
  assert.equal((await edge(1500)).json.errors[0].extensions.code, 'COST_ESTIMATED_TOO_EXPENSIVE');
});

test('a refused mutation does not run', async () => {
  const tokensBefore = (await sandboxAdmin(limited.baseUrl, 'state', { username: 'admin' })).json.users[0].tokens.length;
  // A mutation costs 10 plus its selection: createAccessToken { id } is 11.
  const q = 'mutation M { createAccessToken(description: "refused") { id } }';
  const server = await startServer(['--max-cost', '10']);
  try {
    const tok = (await login(server.baseUrl)).access_token;
    const eventsBefore = (await sandboxAdmin(server.baseUrl, 'state', { username: 'admin' })).json.auditEvents;
    const r = await gql(server.baseUrl, tok, q, null, 'M');
    assert.equal(r.json.errors[0].extensions.code, 'COST_ESTIMATED_TOO_EXPENSIVE');
    assert.equal(r.json.errors[0].message, 'query estimated cost 11 exceeded configured maximum 10');
    const s = await sandboxAdmin(server.baseUrl, 'state', { username: 'admin' });
    assert.ok(!s.json.users[0].tokens.some((t) => t.description === 'refused'), 'no token created');
    assert.equal(s.json.auditEvents, eventsBefore, 'nothing recorded');
  } finally {
    await server.stop();
  }
  assert.equal((await sandboxAdmin(limited.baseUrl, 'state', { username: 'admin' })).json.users[0].tokens.length, tokensBefore);
});

test('no --max-cost: no limit and no estimate', async () => {
  const tok = (await login(unlimited.baseUrl)).access_token;
  const r = await gql(unlimited.baseUrl, tok, HYGIENE, { first: 1000 }, 'Hygiene');
  assert.equal(r.json.errors, undefined);
  assert.equal(r.json.data.users.edges.length, 202);
  assert.equal(r.headers.get('x-sandbox-estimated-cost'), null);
});

test('--max-cost without the platform schema refuses to start, saying why', async () => {
  await assert.rejects(
    startServer(['--max-cost', '100'], { env: { TOKENDESK_SHARED_DIR: '/nonexistent-shared-dir' } }),
    /--max-cost needs the platform schema.*TOKENDESK_SHARED_DIR/s,
  );
});
