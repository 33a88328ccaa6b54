// `aarsrapport serve`: the website of a data directory on localhost while its secretaries write. Every save of
// a data file or template renders the site again — validateDataDir and renderWebsite, the very functions
// `build` publishes the website with (src/build/stages.ts), without PDFs — and tells the open pages to reload.
// The preview adds the audit trail (src/render/audit.ts): every figure's source on hover and focus, a click opens
// it in the editor, a page of every figure. While the data has errors, the report is shown as far as the data can
// be read, with every problem listed on top and marked at its row and figure; only data that cannot be read at
// all shows the problems instead of the report. Pages are served from memory: no path reaches the disk.
import { watch, type FSWatcher } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import Handlebars from "handlebars";
import { renderWebsite } from "../build/stages.js";
import { error, sortProblems, type Problem } from "../core/problem.js";
import { msg, t } from "../messages/index.js";
import { severityWord } from "../messages/output.js";
import { TEMPLATE_DIR } from "../render/paths.js";
import { validateDataDir } from "../validate/index.js";
import { auditView } from "../render/audit.js";

export interface ServeOptions {
  dataDir: string;
  port: number;
  host: string;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

const EVENTS = "/__aarsrapport/events";
/** The one line the preview adds to every page (before </body>): it reloads the page when the site is rendered anew. */
export const RELOAD = `<script>new EventSource("${EVENTS}").addEventListener("reload", () => location.reload());</script>`;

type State = { ok: true; files: Map<string, string | Uint8Array> } | { ok: false; problems: Problem[] };

export async function startPreview(options: ServeOptions): Promise<Preview> {
  let state = await render(options.dataDir);
  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => respond(req, res, state, clients));
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const rebuild = debounce(async () => {
    state = await render(options.dataDir);
    for (const client of clients) client.write("event: reload\ndata: \n\n");
  }, 150);
  const watchers = [options.dataDir, TEMPLATE_DIR].map((dir) => watch(dir, { recursive: true }, rebuild));
  const { port } = server.address() as AddressInfo;
  return { url: `http://${options.host}:${port}/`, close: () => stop(server, watchers, clients) };
}

/**
 * The site of whatever data can be read — with errors too, its problems listed on every page and marked where
 * they are — with the audit trail. Only data that cannot be read at all (no municipality file) gets the error page.
 */
async function render(dataDir: string): Promise<State> {
  let problems: Problem[] = [];
  try {
    const validated = validateDataDir(dataDir);
    problems = validated.problems;
    if (!validated.readable) return { ok: false, problems };
    const { data, figures } = validated.readable;
    const { files } = await renderWebsite(data, figures, { audit: auditView(resolve(dataDir), problems) });
    return { ok: true, files: new Map(files.map((f) => [f.path, f.content])) };
  } catch (err) {
    // A template being edited can be broken for a moment, and data with errors can be beyond showing: say so in
    // the page, with the data's problems, and keep serving.
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [...problems, error({ file: "templates", line: 1, column: 1 }, msg("render-failed", detail))] };
  }
}

function respond(req: IncomingMessage, res: ServerResponse, state: State, clients: Set<ServerResponse>): void {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname).replace(/^\/+/, "") || "index.html";
  if (`/${path}` === EVENTS) return events(res, clients);
  const html = path.endsWith(".html");
  if (!state.ok && html) return send(res, 200, "text/html; charset=utf-8", problemPage(state.problems));
  const content = state.ok ? state.files.get(path) : undefined;
  if (content === undefined) return send(res, 404, "text/plain; charset=utf-8", t().serve.notFound);
  if (html) return send(res, 200, "text/html; charset=utf-8", withReload(String(content)));
  send(res, 200, TYPES[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream", content);
}

const TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8", ".woff2": "font/woff2", ".woff": "font/woff", ".svg": "image/svg+xml" };

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

function events(res: ServerResponse, clients: Set<ServerResponse>): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
  res.write(": connected\n\n");
  clients.add(res);
  res.on("close", () => clients.delete(res));
}

const problemTemplate = Handlebars.compile(`<!doctype html>
<html lang="{{page.lang}}">
<head><meta charset="utf-8"><title>{{page.title}}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
h1 { color: #8a1c1c; }
li { margin: 0.4rem 0; }
code { font-weight: 600; }
.severity { text-transform: uppercase; font-size: 0.8em; font-weight: 700; }
</style></head>
<body>
<main>
<h1>{{page.heading}}</h1>
<p>{{page.mend}}</p>
<ul>
{{#each problems}}<li><code>{{file}}:{{line}}:{{column}}</code> <span class="severity">{{severity}}</span> {{message}}</li>
{{/each}}
</ul>
</main>
</body>
</html>
`);

function problemPage(problems: Problem[]): string {
  const shown = sortProblems(problems)
    .filter((p) => p.severity === "error")
    .map((p) => ({ ...p, severity: severityWord(p.severity) }));
  return withReload(problemTemplate({ page: t().serve.page, problems: shown }));
}

function withReload(html: string): string {
  return html.replace("</body>", `${RELOAD}\n</body>`);
}

function debounce(run: () => Promise<void>, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(run, run);
    }, ms);
  };
}

async function stop(server: Server, watchers: FSWatcher[], clients: Set<ServerResponse>): Promise<void> {
  for (const w of watchers) w.close();
  for (const c of clients) c.end();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
