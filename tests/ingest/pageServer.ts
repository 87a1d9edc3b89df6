/**
 * A news site on 127.0.0.1 for the tests that add articles: real saved pages
 * from tests/fixtures/pages (sent gzipped, as the site sent them), and the
 * pages an add must refuse. Only 127.0.0.1: the fetcher reaches it because
 * tests put `server.allow` in FETCH_ALLOW_HOSTS.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { configureLog } from '../../src/core/log.ts';
import { PAGES_DIR } from './extract/fixtures.ts';
import { guardOutboundConnections, startServer, type TestServer } from './fetch/server.ts';

export const OMAR = { path: '/news/omar.html', title: 'New York man pleads guilty to threatening to kill Omar', published: '2019-11-18' };
export const MOURINHO = { path: '/sport/mourinho', title: 'Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager', published: '2019-11-20' };

/** An article as a chat user might attach it: Markdown with front matter. */
export const NOTES_MD = `---
title: Harbour cranes return to Gdansk
publisher: Baltic Wire
published: 2024-05-02
---

Three container cranes returned to service at the port of Gdansk on Thursday after a month of repairs, the port authority said.

Marta Nowak, the authority's operations director, said the cranes would handle ships from the Baltic feeder routes first.

"We expect the backlog to clear within two weeks," Nowak said at a press conference in the harbour.
`;

const page = (name: string) => readFileSync(`${PAGES_DIR}/${name}.html.gz`);

export function startNewsSite(): Promise<TestServer> {
  const omar = page('thehill-omar-threat');
  const mourinho = page('sky-mourinho');
  return startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const html = (body: Buffer) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' });
      res.end(body);
    };
    switch (url.pathname) {
      case OMAR.path:
        return html(omar);
      case MOURINHO.path:
        return html(mourinho);
      case '/moved':
        res.writeHead(301, { Location: `${OMAR.path}?utm_source=redirect` });
        return res.end();
      case '/to-private':
        res.writeHead(302, { Location: 'http://10.0.0.5/internal' });
        return res.end();
      case '/huge':
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': 6 * 1024 * 1024 });
        return res.end('<html>'); // refused from the header; the rest never needs to come
      case '/photo.png':
        res.writeHead(200, { 'Content-Type': 'image/png' });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      case '/feed.xml':
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        return res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>');
      case '/section':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return res.end('<!doctype html><html><head><title>World news</title></head><body><h1>World news</h1><p>Latest stories from around the world, updated every hour.</p></body></html>');
      case '/attachments/notes.md':
        // Discord serves text attachments as text/plain: the file's name says what it is.
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end(NOTES_MD);
      case '/attachments/omar.html':
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' });
        return res.end(omar);
      default:
        res.writeHead(404, { 'Content-Type': 'text/html' });
        return res.end('<h1>Not found</h1>');
    }
  });
}

/**
 * The news site for one test file: started before its tests with outbound
 * connections guarded and the log quiet, and closed after them. The returned
 * server answers for the one started.
 */
export function useNewsSite(): TestServer {
  let server: TestServer | undefined;
  let unguard: () => void = () => {};
  beforeAll(async () => {
    unguard = guardOutboundConnections();
    server = await startNewsSite();
    configureLog({ level: 'error', sink: () => {} });
  });
  afterAll(async () => {
    await server?.close();
    unguard();
    configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
  });
  const started = (): TestServer => {
    if (!server) throw new Error('the news site starts in beforeAll');
    return server;
  };
  return {
    get port() {
      return started().port;
    },
    get allow() {
      return started().allow;
    },
    get requests() {
      return started().requests;
    },
    url: (path) => started().url(path),
    close: () => started().close(),
  };

}
