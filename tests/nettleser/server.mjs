// En liten statisk filtjener for nettleser-testene: serverer ut/ på 127.0.0.1 (en ledig port), med
// node sin egen http-modul, så testene ikke trenger noen ekstern tjener. Bare GET og HEAD; en mappe
// gir sin index.html, slik GitHub Pages gjør.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const typer = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
};

/** Starter tjeneren; svarer med { url, lukk }. */
export async function start(rot) {
  const rotMappe = path.resolve(rot);
  const tjener = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405).end();
        return;
      }
      const sti = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
      let fil = path.join(rotMappe, sti);
      // Aldri noe utenfor ut/ (../ i adressen).
      if (fil !== rotMappe && !fil.startsWith(rotMappe + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(fil).catch(() => null))?.isDirectory()) {
        fil = path.join(fil, "index.html");
      }
      const innhold = await readFile(fil);
      // Pagefinds egne filer (.pf_meta, .pf_index, .pf_fragment, .pagefind) er binære.
      res.writeHead(200, { "content-type": typer[path.extname(fil)] ?? "application/octet-stream" });
      res.end(req.method === "HEAD" ? undefined : innhold);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("finnes ikke");
    }
  });
  await new Promise((ok) => tjener.listen(0, "127.0.0.1", ok));
  const { port } = tjener.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    lukk: () => new Promise((ok) => { tjener.closeAllConnections(); tjener.close(ok); }),
  };
}
