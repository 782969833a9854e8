// A tiny HTTPS server for tst_tls_errors: `node tls-server.mjs <cert.pem> <key.pem>`.
// Listens on 127.0.0.1 (ephemeral port), prints "listening <port>", then one line
// "request <METHOD> <path>" for every HTTP request that got through the TLS handshake, and
// answers each with a plausible JSON body (an OIDC discovery document or GraphQL data).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';

const [cert, key] = process.argv.slice(2);
const server = createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (req, res) => {
  process.stdout.write(`request ${req.method} ${req.url.split('?')[0]}\n`);
  const base = `https://127.0.0.1:${server.address().port}/auth/realms/moderne`;
  const body = req.url.includes('/.well-known/openid-configuration')
    ? { issuer: base, authorization_endpoint: `${base}/protocol/openid-connect/auth`,
        token_endpoint: `${base}/protocol/openid-connect/token`,
        code_challenge_methods_supported: ['S256'] }
    : { data: { currentUser: null } };
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
});
server.on('tlsClientError', (err) => process.stdout.write(`tls refused: ${err.code || err.message}\n`));
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
