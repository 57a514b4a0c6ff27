/**
 * A dataset server on 127.0.0.1 for subscription tests (unit and browser): no network leaves the
 * machine. Each path answers as the test sets it — a dataset with an ETag and Last-Modified (and 304
 * to a matching If-None-Match), a broken file, a huge one (streamed without a length), an error
 * status, or a server that never answers.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  | { kind: 'json'; body: string }
  | { kind: 'huge'; bytes: number }
  | { kind: 'status'; status: number }
  /** accepts the request and never answers (until the server closes) */
  | { kind: 'silent' };

export interface DatasetServer {
  origin: string;
  url(path: string): string;
  set(path: string, route: Route): void;
  /** the requests seen, in order: path and the conditional headers sent */
  requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string; cookie?: string }[];
  close(): Promise<void>;
}

const LAST_MODIFIED = 'Wed, 01 Jan 2025 00:00:00 GMT';
const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

export async function startDatasetServer(): Promise<DatasetServer> {
  const routes = new Map<string, Route>();
  const requests: DatasetServer['requests'] = [];
  const open = new Set<ServerResponse>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const seen: DatasetServer['requests'][number] = { path };
    if (req.headers['if-none-match']) seen.ifNoneMatch = String(req.headers['if-none-match']);
    if (req.headers['if-modified-since']) seen.ifModifiedSince = String(req.headers['if-modified-since']);
    if (req.headers.cookie) seen.cookie = req.headers.cookie;
    requests.push(seen);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    switch (route.kind) {
      case 'json': {
        const etag = etagOf(route.body);
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { etag }).end();
          return;
        }
        res
          .writeHead(200, {
            'content-type': 'application/json; charset=utf-8',
            etag,
            'last-modified': LAST_MODIFIED,
          })
          .end(route.body);
        return;
      }
      case 'huge': {
        // chunked, with no content-length: only counting while reading can stop it
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < route.bytes) {
            sent += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('error', () => undefined);
        pump();
        return;
      }
      case 'status':
        res.writeHead(route.status, { 'content-type': 'text/plain' }).end('no');
        return;
      case 'silent':
        open.add(res);
        return;
    }
  };
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, route) => routes.set(path, route),
    requests,
    async close() {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
