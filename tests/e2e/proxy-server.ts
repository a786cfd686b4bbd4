// Node-only e2e helper: a local proxy that answers for the real outlet hosts from the saved
// pages. Plain http arrives as absolute-URI requests; https arrives as CONNECT and is ended
// here with a throwaway self-signed certificate (the browsers are told to accept it). Every
// other request is refused and counted: the browsers under test reach no real network.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyOf, type ServedPage } from './served-pages';

/** One request as the proxy saw it: the headers that tell who asked. */
export interface SeenRequest {
  url: string;
  served: boolean;
  origin?: string;
  referer?: string;
  secFetchSite?: string;
  secFetchMode?: string;
  secFetchDest?: string;
  /** ms since the proxy started. */
  at: number;
}

export interface Proxy {
  port: number;
  /** Every request, served or refused, in order. */
  seen: SeenRequest[];
  /** Addresses asked for that are not served pages (refused), in order. */
  refused: string[];
  served: number;
  close(): Promise<void>;
}

export async function startProxy(pages: readonly ServedPage[]): Promise<Proxy> {
  const byKey = new Map(pages.map((p) => [keyOf(p.url), p]));
  const refused: string[] = [];
  const seen: SeenRequest[] = [];
  const started = Date.now();
  let served = 0;

  const answer = (req: IncomingMessage, res: ServerResponse, scheme: string): void => {
    const url = /^https?:\/\//.test(req.url ?? '')
      ? (req.url as string)
      : `${scheme}://${req.headers.host ?? 'unknown'}${req.url ?? '/'}`;
    let page: ServedPage | undefined;
    try {
      page = byKey.get(keyOf(url));
    } catch {
      page = undefined;
    }
    const h = req.headers;
    const one = (v: string | string[] | undefined): string | undefined =>
      Array.isArray(v) ? v[0] : v;
    seen.push({
      url,
      served: !!page,
      origin: one(h.origin),
      referer: one(h.referer),
      secFetchSite: one(h['sec-fetch-site']),
      secFetchMode: one(h['sec-fetch-mode']),
      secFetchDest: one(h['sec-fetch-dest']),
      at: Date.now() - started,
    });
    if (!page) {
      refused.push(url);
      res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' });
      res.end('blocked by the e2e proxy');
      return;
    }
    served++;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(page.file));
  };

  const { key, cert } = makeCertificate();
  const tls = createHttpsServer({ key, cert }, (req, res) => answer(req, res, 'https'));
  const server = createHttpServer((req, res) => answer(req, res, 'http'));
  // Every socket, CONNECT tunnels included (they leave the http server's own bookkeeping), so
  // close() can end them all: waiting on server.close alone could hang with no handle left.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket) => {
    socket.on('error', () => socket.destroy());
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    refused,
    seen,
    get served() {
      return served;
    },
    close: async () => {
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      tls.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      // The listening socket is gone at once; the callback may wait on a tunnel's bookkeeping.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([closed, new Promise<void>((ok) => (timer = setTimeout(ok, 2000)))]);
      clearTimeout(timer);
    },
  };
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'jernih-e2e-cert-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=jernih-e2e',
    ].concat(['-keyout', keyFile, '-out', certFile]),
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}
