// `diplograph serve [graph.json] [--port N]`: the built viewer (web/dist) and one graph file on
// 127.0.0.1, with node:http and nothing else. Without a graph it opens the bundled sample.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import { packageRoot } from '../io/write-html.js';

export const summary = 'serve the viewer and a graph file on http://127.0.0.1';

export const help = `Usage: diplograph serve [graph.json|graph.gexf] [--port N]

Serves the built viewer (web/dist) and the given graph file on 127.0.0.1 and prints the URL.
Without a graph, the viewer opens graph-data/kerry-moscow.json when it exists.

Options:
  --port N     port to listen on (default: $PORT, else 5173; 0 picks a free port)
  -h, --help   this help`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /** The viewer build to serve (default: web/dist of the package). */
  root?: string;
  /** A graph file, served at /graph/<its name>. */
  graph?: string;
  port?: number;
  host?: string;
}

export interface RunningServer {
  server: Server;
  /** The viewer URL, opening the graph when one was given. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** The file under `dir` for a URL path, or undefined (never outside `dir`). */
function fileUnder(dir: string, urlPath: string): string | undefined {
  const file = resolve(dir, `.${urlPath}`);
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const pkg = packageRoot();
  const root = resolve(options.root ?? join(pkg, 'web', 'dist'));
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `serve: the viewer is not built (${join(root, 'index.html')} is missing); run \`npx vite build\` first`,
    );
  }
  const graph = options.graph ? resolve(options.graph) : undefined;
  if (graph && !(existsSync(graph) && statSync(graph).isFile()))
    throw new Error(`serve: ${options.graph}: no such file`);
  const graphName = graph ? encodeURIComponent(basename(graph)) : undefined;
  const graphData = join(pkg, 'graph-data');

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file: string | undefined;
    if (graph && path === `/graph/${decodeURIComponent(graphName!)}`) file = graph;
    else if (path.startsWith('/graph-data/')) file = fileUnder(graphData, path.slice('/graph-data'.length));
    else file = fileUnder(root, path === '/' ? '/index.html' : path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origin = `http://${host}:${port}`;
  return {
    server,
    origin,
    url: graphName ? `${origin}/?graph=graph/${graphName}` : `${origin}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export async function run(args: string[]): Promise<number> {
  let graph: string | undefined;
  let port = Number(process.env.PORT ?? 5173);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.slice('--port='.length) : args[++i];
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`diplograph serve: --port expects a port number, got "${value ?? ''}"\n`);
        return 2;
      }
    } else if (arg.startsWith('-')) {
      process.stderr.write(`diplograph serve: unknown option ${arg}\n\n${help}\n`);
      return 2;
    } else if (graph) {
      process.stderr.write('diplograph serve: one graph file at a time\n');
      return 2;
    } else {
      graph = arg;
    }
  }
  let running: RunningServer;
  try {
    running = await startServer({ graph, port });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE' ? `port ${port} is in use (try --port 0)` : (err as Error).message.replace(/^serve: /, '');
    process.stderr.write(`diplograph serve: ${reason}\n`);
    return 1;
  }
  process.stdout.write(`diplograph viewer: ${running.url}\n(Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = () => void running.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
