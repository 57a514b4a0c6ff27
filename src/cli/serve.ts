/**
 * A small static server on 127.0.0.1 for the demo, the browser tests and `claimlens corpus`. Every
 * HTML page is served as UTF-8 (some corpus pages declare gb2312 or nothing, yet are UTF-8).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  /** extra response headers per mount path (the browser tests serve the demo under a strict CSP) */
  headers?: Record<string, Record<string, string>>;
}

/**
 * Serves each folder under its mount path: `{ '/': 'test/fixtures/demo', '/corpus/': '../shared/corpus/pages' }`.
 * Paths that escape a folder are refused; unknown files get 404. Nothing but loopback is bound.
 */
export async function serveFolders(
  mounts: Record<string, string>,
  { port = 0, headers = {} }: ServeOptions = {},
): Promise<StaticServer> {
  const entries = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(dir)] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const mount = entries.find(([prefix]) => path.startsWith(prefix) || `${path}/` === prefix);
    if (!mount) {
      response.writeHead(404).end('not found');
      return;
    }
    const [prefix, dir] = mount;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && path === '/favicon.ico') {
      // browsers ask for it on every page; a 404 would show up as a console error in every test
      response.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      ...headers[prefix],
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ready());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
