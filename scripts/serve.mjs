// A small static server for dist/ on 127.0.0.1 only.
// Usage: node scripts/serve.mjs [--dir DIR] [--port N]   (default: dist/, 8080 or a free port)
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = resolve(option("--dir", "dist"));
const wantedPort = Number(option("--port", "8080"));
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json",
  ".ts": "text/plain; charset=utf-8", ".md": "text/markdown; charset=utf-8",
};

export function startServer(directory, port) {
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    } catch {
      response.writeHead(400).end("bad request");
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(directory, path));
    if (file !== directory && !file.startsWith(directory + sep)) {
      response.writeHead(403).end("forbidden");
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error("not a file");
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": types[extname(file)] || "application/octet-stream",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", (error) => {
      if (error.code === "EADDRINUSE" && port !== 0) {
        server.listen(0, "127.0.0.1");  // any free port
      } else {
        reject(error);
      }
    });
    server.once("listening", () => resolvePromise(server));
    server.listen(port, "127.0.0.1");
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer(root, wantedPort);
  const { port } = server.address();
  console.log(`offercheck is served at http://127.0.0.1:${port}/`);
  console.log(`the offline page (works from disk, alone): ${join(root, "offercheck.html")}`);
  console.log("Ctrl-C stops the server.");
}
