/**
 * A small static file server for the built site, used by the browser tests and the benchmark. It
 * serves under the site's base path, gzips text as a real host would, answers directory URLs with
 * index.html and unknown paths with the site's 404 page (status 404), like GitHub Pages.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.woff2': 'font/woff2',
  '.geojson': 'application/geo+json',
};
const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|javascript|geo\+json|manifest\+json)|image\/svg)/;

export interface StaticServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
  requests: string[];
}

export function resolveFile(
  root: string,
  base: string,
  pathname: string,
): { file: string; status: number } | undefined {
  let p: string;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!p.startsWith(base)) return undefined;
  const rel = normalize(p.slice(base.length)).replace(/^([/\\])+/, '');
  if (rel.split(sep).includes('..')) return undefined;
  let file = join(root, rel);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (existsSync(file) && statSync(file).isFile()) return { file, status: 200 };
  return undefined;
}

export async function startStaticServer(
  root: string,
  base = '/',
  port = 0,
  host = '127.0.0.1',
): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    // Directory URL without a trailing slash: redirect like static hosts do.
    let found = resolveFile(root, base, url.pathname);
    if (
      found &&
      !url.pathname.endsWith('/') &&
      found.file.endsWith(`${sep}index.html`) &&
      !url.pathname.endsWith('index.html')
    ) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    let status = 200;
    if (!found) {
      const notFound = join(root, '404.html');
      if (!existsSync(notFound)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
        return;
      }
      found = { file: notFound, status: 404 };
      status = 404;
    }
    const type = TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    const gzip =
      COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = String(statSync(found.file).size);
    if (type === 'video/mp4') headers['accept-ranges'] = 'none';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const addr = server.address() as AddressInfo;
  return {
    url: `http://${host}:${addr.port}${base}`,
    server,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
