// Two plain-HTTP servers on 127.0.0.1 for tst_redirects and tst_response_limits:
// `node hostile-server.mjs [<jwks file>]` prints "listening <origin port> <elsewhere port>".
// The origin plays an issuer and an API whose behaviour the first path segment chooses
// (the issuer http://127.0.0.1:<origin>/<scenario>); "elsewhere" is another origin that a
// redirect points at. Every request is logged as one line
//   request <origin|elsewhere> <METHOD> <path> authorization=<yes|no> body=<bytes>
// and every oversized answer as "answer <path> <bytes written> complete|aborted".
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [jwksFile] = process.argv.slice(2);
const MB = 1024 * 1024;
const log = (line) => process.stdout.write(`${line}\n`);
let origin = 0;
let elsewhere = 0;

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const redirect = (res, status, location) => {
  res.writeHead(status, { Location: location, 'Content-Type': 'text/plain' });
  res.end('moved');
};

// Streams `total` bytes of a JSON string that never ends, in 64 KB chunks, one a millisecond
// at most (about 64 MB/s, a fast network rather than memory speed); says whether the client
// read it all or closed the connection first.
const huge = (req, res, total, declared) => {
  const path = req.url.split('?')[0];
  const headers = { 'Content-Type': 'application/json' };
  if (declared) headers['Content-Length'] = String(total);
  res.writeHead(200, headers);
  const chunk = Buffer.alloc(64 * 1024, 'A');
  let sent = 0;
  let done = false;
  res.on('error', () => {});
  res.on('close', () => {
    if (!done) log(`answer ${path} ${sent} aborted`);
  });
  const pump = () => {
    if (res.destroyed) return;
    if (sent >= total) {
      done = true;
      res.end();
      log(`answer ${path} ${sent} complete`);
      return;
    }
    sent += chunk.length;
    if (res.write(chunk)) setTimeout(pump, 1);
    else res.once('drain', () => setTimeout(pump, 1));
  };
  pump();
};

const discovery = (base) => ({
  issuer: base,
  authorization_endpoint: `${base}/auth`,
  token_endpoint: `${base}/token`,
  jwks_uri: `${base}/certs`,
  revocation_endpoint: `${base}/revoke`,
  code_challenge_methods_supported: ['S256'],
});
const tokens = {
  access_token: 'eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln',
  token_type: 'Bearer',
  expires_in: 300,
  refresh_token: 'refresh-from-origin',
};

const handle = (server, req, res, body) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  log(`request ${server} ${req.method} ${url.pathname} ` +
      `authorization=${req.headers.authorization ? 'yes' : 'no'} body=${body.length}`);
  const segments = url.pathname.split('/').filter(Boolean);
  const scenario = segments[0] || '';
  const rest = `/${segments.slice(1).join('/')}`;
  const base = `http://127.0.0.1:${origin}/${scenario}`;
  const away = `http://127.0.0.1:${elsewhere}${url.pathname}`;
  if (server === 'elsewhere') {
    // What a hostile host would answer: whatever makes the client happy.
    if (rest.endsWith('/.well-known/openid-configuration')) return json(res, 200, discovery(base));
    if (rest === '/token') return json(res, 200, tokens);
    if (rest === '/certs') return json(res, 200, { keys: [] });
    return json(res, 200, { data: { currentUser: null } });
  }
  if (rest === '/.well-known/openid-configuration') {
    if (scenario === 'discovery-redirect') return redirect(res, 302, away);
    if (scenario === 'huge-discovery') return huge(req, res, 64 * MB, false);
    if (scenario === 'declared-discovery') return huge(req, res, 64 * MB, true);
    return json(res, 200, discovery(base));
  }
  if (rest === '/auth') {
    // The browser comes straight back with a code.
    const back = new URL(url.searchParams.get('redirect_uri'));
    back.searchParams.set('code', 'code-from-origin');
    back.searchParams.set('state', url.searchParams.get('state'));
    return redirect(res, 302, back.toString());
  }
  if (rest === '/token') {
    if (scenario === 'token-redirect') return redirect(res, 307, away);
    if (scenario === 'huge-token') return huge(req, res, 64 * MB, false);
    return json(res, 200, tokens);
  }
  if (rest === '/revoke') {
    if (scenario === 'revoke-redirect') return redirect(res, 307, away);
    return json(res, 200, {});
  }
  if (rest === '/certs') {
    if (scenario === 'jwks-redirect') return redirect(res, 302, away);
    if (scenario === 'huge-jwks') return huge(req, res, 64 * MB, false);
    if (scenario === 'many-keys') {
      const keys = Array.from({ length: 101 }, (_, i) => ({ kty: 'oct', kid: `k${i}`, k: 'AA' }));
      return json(res, 200, { keys });
    }
    if (jwksFile) return json(res, 200, JSON.parse(readFileSync(jwksFile, 'utf8')));
    return json(res, 200, { keys: [] });
  }
  if (scenario === 'graphql-redirect') return redirect(res, 302, away);
  if (scenario === 'huge-graphql') return huge(req, res, 96 * MB, false);
  return json(res, 404, { error: 'not_found' });
};

const make = (name) => createServer((req, res) => {
  const parts = [];
  req.on('data', (part) => parts.push(part));
  req.on('end', () => handle(name, req, res, Buffer.concat(parts)));
});
const originServer = make('origin');
const elsewhereServer = make('elsewhere');
originServer.listen(0, '127.0.0.1', () => {
  origin = originServer.address().port;
  elsewhereServer.listen(0, '127.0.0.1', () => {
    elsewhere = elsewhereServer.address().port;
    log(`listening ${origin} ${elsewhere}`);
  });
});
