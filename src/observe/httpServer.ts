/**
 * The operator's HTTP endpoints on HEALTH_PORT:
 *   GET /livez    200 while the process runs (its event loop answers)
 *   GET /readyz   200 when every readiness check passes, else 503; JSON says which
 *   GET /metrics  Prometheus exposition (prom-client)
 *
 * Discord's interactions endpoint is served here on its own path (`serve`).
 * When it shares Slack's port (HTTP mode), Bolt's request listener is mounted
 * here for everything else (`mount`): one server, one port. Paths reserved for
 * a listener still to come answer 503 until it is mounted, so Slack retries
 * instead of seeing a 404 while briefbot starts.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { log } from '../core/log.ts';
import { StartupError } from '../startupError.ts';
import type { BriefbotMetrics } from './metrics.ts';
import type { Readiness } from './readiness.ts';

export const HEALTH_PATHS = { live: '/livez', ready: '/readyz', metrics: '/metrics' } as const;

export interface HealthServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Every interface unless given (tests: 127.0.0.1). */
  host?: string;
  readiness: Readiness;
  metrics?: BriefbotMetrics;
  version?: string;
  /** Paths a listener will be mounted for later: 503 until then. */
  reserved?: readonly string[];
  /** The setting to name when the port is taken: HEALTH_PORT, or PORT when it is Slack's. */
  portSetting?: 'HEALTH_PORT' | 'PORT';
}

export interface HealthServer {
  readonly server: Server;
  readonly port: number;
  /** Serves every other request with `listener` (Bolt's), which may throw for a path it does not know (404). */
  mount(listener: RequestListener): void;
  /** Serves one path with `listener` (Discord's interactions), before any mounted listener. */
  serve(path: string, listener: RequestListener): void;
  unmount(): void;
  close(): Promise<void>;
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  let mounted: RequestListener | undefined;
  const served = new Map<string, RequestListener>();
  const reserved = new Set(options.reserved ?? []);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (Object.values(HEALTH_PATHS).includes(path as never)) return void answerHealth(path, req, res, options);
    const own = served.get(path);
    if (own) return serveMounted(own, req, res);
    if (mounted) return serveMounted(mounted, req, res);
    if (reserved.has(path)) return send(res, 503, { status: 'starting' }, { 'retry-after': '5' });
    send(res, 404, { status: 'not found', paths: Object.values(HEALTH_PATHS) });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new StartupError(portInUse(options)));
      else reject(error);
    });
    server.listen(options.port, ...(options.host ? [options.host] : []), () => resolve());
  });
  server.on('error', (error) => log('error', 'health server error', { error: String(error) }));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    mount: (listener) => void (mounted = listener),
    serve: (path, listener) => void served.set(path, listener),
    unmount: () => void (mounted = undefined),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections of a scraper or a load balancer would hold the close open.
        server.closeIdleConnections();
      }),
  };
}

/** One line naming the setting to change; on Slack's port, the words the operator already knows for it. */
function portInUse(options: HealthServerOptions): string {
  if (options.portSetting === 'PORT') {
    return `PORT ${options.port} is already in use, so Slack's requests (and /livez, /readyz, /metrics) cannot be received; stop the program that holds it, or set PORT to a free port`;
  }
  return `HEALTH_PORT ${options.port} is already in use, so the health and metrics endpoints cannot listen there; stop the program that holds it, or set HEALTH_PORT to a free port (0 turns them off)`;
}

async function answerHealth(path: string, req: IncomingMessage, res: ServerResponse, options: HealthServerOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { status: 'method not allowed' }, { allow: 'GET, HEAD' });
  try {
    if (path === HEALTH_PATHS.live) return send(res, 200, { status: 'alive', ...(options.version ? { version: options.version } : {}) });
    if (path === HEALTH_PATHS.ready) {
      const { ready, checks } = await options.readiness.report();
      return send(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
    }
    if (!options.metrics) return send(res, 404, { status: 'metrics are off' });
    const text = await options.metrics.text();
    res.writeHead(200, { 'content-type': options.metrics.contentType, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : text);
  } catch (error) {
    log('error', 'health endpoint failed', { path, error });
    if (!res.headersSent) send(res, 500, { status: 'error' });
  }
}

/** Bolt's listener throws for a path it does not serve; its own server would answer 404 too. */
function serveMounted(listener: RequestListener, req: IncomingMessage, res: ServerResponse): void {
  try {
    listener(req, res);
  } catch (error) {
    const deferred = (error as { code?: string }).code === 'slack_bolt_http_receiver_deferred_request_error';
    if (!deferred) log('error', 'request failed', { error: String(error) });
    if (!res.headersSent) send(res, deferred ? 404 : 500, { status: deferred ? 'not found' : 'error' });
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : JSON.stringify(body));
}
