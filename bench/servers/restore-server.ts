// The local HTTP server the client and pagination benchmarks talk to: node:http on 127.0.0.1 only, in a
// process of its own (so it does not share an event loop with the clients it serves).
//   --mode fixed  answers every request with one fixed restore job (application/vnd.atlas.2023-01-01+json)
//   --mode pages  answers the v1.0 list operation with pages of synthesised restore jobs: `pageNum`,
//                 `itemsPerPage` from the query, the total from the `x-bench-total` header
// Prints `{"port":N}` on its first line. Exits when its standard input closes (its parent is gone) or
// after a lifetime limit, whichever comes first.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { fixedJob, v2MediaType } from "./fixtures.ts";

const { values } = parseArgs({
  options: { mode: { type: "string", default: "fixed" }, "lifetime-s": { type: "string", default: "1800" } },
  strict: true,
});
const mode = values.mode;
if (mode !== "fixed" && mode !== "pages") throw new Error(`unknown mode ${mode}`);

const fixedBody = Buffer.from(JSON.stringify(fixedJob));

/** Restore job number `index` of a list, built as text (the server must not be the bottleneck). */
function jobText(index: number): string {
  const id = index.toString(16).padStart(24, "0");
  const kinds = ["automated", "download", "pointInTime"] as const;
  const kind = kinds[index % 3];
  const common = `"id":"${id}","cancelled":false,"expired":false,"failed":false,"timestamp":"2025-05-04T09:42:00Z","finishedAt":"2025-05-04T10:02:00Z","links":[{"href":"https://cloud.mongodb.com/api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/clusters/Cluster0/backup/restoreJobs/${id}","rel":"self"}]`;
  if (kind === "automated") return `{"deliveryType":"automated",${common},"snapshotId":"32b6e34b3d91647abb20e7b8","targetClusterName":"MyOtherCluster","targetGroupId":"32b6e34b3d91647abb20e7b8"}`;
  if (kind === "download") return `{"deliveryType":"download",${common},"snapshotId":"32b6e34b3d91647abb20e7b8","deliveryUrl":["https://restore.example.com/${id}.tar.gz"]}`;
  return `{"deliveryType":"pointInTime",${common},"oplogTs":1717171717,"oplogInc":${(index % 100) + 1},"targetClusterName":"MyOtherCluster","targetGroupId":"32b6e34b3d91647abb20e7b8"}`;
}

function page(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const total = Number(request.headers["x-bench-total"] ?? "0");
  const pageNum = Number(url.searchParams.get("pageNum") ?? "1");
  const itemsPerPage = Number(url.searchParams.get("itemsPerPage") ?? "100");
  if (!url.pathname.endsWith("/backup/restoreJobs") || !Number.isInteger(total) || !(pageNum >= 1) || !(itemsPerPage >= 1 && itemsPerPage <= 500)) {
    response.writeHead(400, { "Content-Type": "application/json" }).end('{"error":400,"errorCode":"INVALID_QUERY"}');
    return;
  }
  const start = (pageNum - 1) * itemsPerPage;
  const end = Math.min(total, start + itemsPerPage);
  const jobs: string[] = [];
  for (let index = start; index < end; index++) jobs.push(jobText(index));
  const body = `{"links":[],"results":[${jobs.join(",")}],"totalCount":${total}}`;
  response.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }).end(body);
}

const server = createServer({ keepAliveTimeout: 30_000 }, (request, response) => {
  // Read the request body to the end before answering, as a real server does.
  request.resume();
  request.on("end", () => {
    if (mode === "pages") page(request, response);
    else response.writeHead(200, { "Content-Type": v2MediaType, "Content-Length": fixedBody.length }).end(fixedBody);
  });
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});

const stop = () => {
  server.closeAllConnections();
  server.close();
  process.exit(0);
};
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
setTimeout(stop, Number(values["lifetime-s"]) * 1000).unref();
