// A static server for the browser tests: serves a folder under a sub-path on 127.0.0.1 with the
// Content-Security-Policy the archive must work under.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};
export const CSP = "default-src 'self'";

/** Serves each folder in `mounts` ({"/archive/": dir}); resolves to {url, close}. */
export function serve(mounts) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(mounts[prefix], path.slice(prefix.length)));
    if (!file.startsWith(normalize(mounts[prefix]))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) {
        file = join(file, 'index.html');
      }
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Content-Security-Policy': CSP });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Security-Policy': CSP }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  })));
}
