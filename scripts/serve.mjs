// A tiny static server for the demo: serves the repository root as a district's web server
// would serve /fileadmin, on localhost only. `npm start` builds first, then runs this.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { contentTypes } from './local-web.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const wanted = Number(process.env.PORT ?? 8000);

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return void res.writeHead(403).end('Forbidden');
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
  }
  res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
});

// Without an explicit PORT, a busy port moves the demo to the next free one.
let port = wanted;
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT && port < wanted + 20) server.listen(++port, '127.0.0.1');
  else {
    console.error(`Cannot serve the demo on port ${port}: ${error.message}`);
    process.exit(1);
  }
});
server.on('listening', () => {
  console.log(`\n  Demo district page:  http://localhost:${port}/demo/\n  Land scale (100,000 offers, split feed):  http://localhost:${port}/demo/land/\n  (Ctrl+C stops the server)\n`);
});
server.listen(port, '127.0.0.1');
