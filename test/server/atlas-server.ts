// A local, in-memory Atlas Administration API for tests and the demo: the five restore-job operations
// of v1.0 and v2, HTTP Digest and OAuth 2.0 service-account authentication, versioned media types,
// paging, envelopes, job progress on an injectable clock, and fault injection. Listens on 127.0.0.1 only.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DigestVerifier, type DigestAlgorithm } from "./digest.ts";
import { AtlasHttpError, errorBody } from "./errors.ts";
import { FaultInjector, type Fault } from "./faults.ts";
import * as handlers from "./handlers.ts";
import type { Handler, HandlerContext } from "./handlers.ts";
import { errorReply, negotiateV1, negotiateV2, presentation, requireContentType, type ApiRequest, type Reply } from "./http.ts";
import { TokenIssuer } from "./oauth.ts";
import { AtlasStore } from "./store.ts";

export interface ApiKey {
  readonly publicKey: string;
  readonly privateKey: string;
}

export interface ServiceAccount {
  readonly clientId: string;
  readonly clientSecret: string;
}

export const defaultApiKey: ApiKey = { publicKey: "qwertyui", privateKey: "4f6a9c2e-1b3d-4e5f-8a7b-9c0d1e2f3a4b" };
export const defaultServiceAccount: ServiceAccount = { clientId: "mdb_sa_id_5f1a2b3c4d5e6f7a8b9c0d1e", clientSecret: "mdb_sa_sk_demo-secret" };

export interface AtlasServerOptions {
  /** Port on 127.0.0.1 (default 0: the OS picks one). */
  readonly port?: number;
  /** The clock, in ms since the epoch (default `Date.now`). Drives job progress, nonce and token expiry. */
  readonly now?: () => number;
  /** How long a restore job takes from creation to `finishedAt` / COMPLETED / FINISHED (default 3000 ms). */
  readonly jobDurationMs?: number;
  /** How long a Digest nonce is good for; after that a correct response gets 401 `stale=true` (default 300,000 ms). */
  readonly nonceLifetimeMs?: number;
  /** API keys accepted over HTTP Digest (default: {@link defaultApiKey}). */
  readonly apiKeys?: readonly ApiKey[];
  /** Service accounts accepted by the token endpoint (default: {@link defaultServiceAccount}). */
  readonly serviceAccounts?: readonly ServiceAccount[];
  /** Lifetime of issued access tokens (default 3600 s). */
  readonly tokenLifetimeSeconds?: number;
  /** Digest algorithms challenged with, in order (default SHA-256, MD5). */
  readonly digestAlgorithms?: readonly DigestAlgorithm[];
  /** Digest realm (default `MMS Public API`, as Atlas). */
  readonly realm?: string;
  /** Seed a project with clusters, snapshots and restore jobs (default true); see `store.seed`. */
  readonly seed?: boolean;
  /** Answer getBackupTenantRestore with 410 VERSION_GONE once its sunset date (2026-01-22) has passed on the clock (default false). */
  readonly enforceSunset?: boolean;
  /** Accept Bearer tokens on v1.0 too (default false: the v1.0 spec declares HTTP Digest only). */
  readonly acceptBearerOnV1?: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  /** The request target as sent (path and query). */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The fault the request took, if any. */
  fault?: Fault["kind"];
  /** What was answered (absent for a dropped or hung request, or one still in progress). */
  response?: { readonly status: number; readonly headers: OutgoingHttpHeaders; readonly body: string };
}

export interface AtlasServer {
  /** `http://127.0.0.1:<port>`: pass it as `baseUrl`. */
  readonly url: string;
  readonly store: AtlasStore;
  readonly faults: FaultInjector;
  /** Every request received, in order, with the answer it got. */
  readonly requests: RecordedRequest[];
  /** The token endpoint: `oauth.issued` counts issued tokens. */
  readonly oauth: TokenIssuer;
  readonly digest: DigestVerifier;
  /** Stops listening and cuts every open connection (hung and delayed requests included). */
  close(): Promise<void>;
}

type Api = "v1.0" | "v2";

interface Route {
  readonly api: Api;
  readonly method: "GET" | "POST";
  readonly segments: readonly string[];
  readonly handler: Handler;
}

const v1Prefix = ["api", "atlas", "v1.0", "groups", ":", "clusters", ":"];
const v2Prefix = ["api", "atlas", "v2", "groups", ":", "clusters", ":"];

const routes: readonly Route[] = [
  { api: "v1.0", method: "GET", segments: [...v1Prefix, "backup", "restoreJobs"], handler: handlers.listBackupRestoreJobs },
  { api: "v1.0", method: "GET", segments: [...v1Prefix, "backup", "restoreJobs", ":"], handler: handlers.getBackupRestoreJob },
  { api: "v1.0", method: "POST", segments: [...v1Prefix, "restoreJobs"], handler: handlers.createLegacyBackupRestoreJob },
  { api: "v2", method: "POST", segments: [...v2Prefix, "backup", "restoreJobs"], handler: handlers.createBackupRestoreJob },
  { api: "v2", method: "GET", segments: [...v2Prefix, "backup", "tenant", "restores", ":"], handler: handlers.getBackupTenantRestore },
];

const tokenPath = ["api", "oauth", "token"];
const maxBodyBytes = 1 << 20;

/** Every route whose path matches (whatever its method), with the values of its `:` segments. */
function matchRoute(segments: readonly string[]): { matches: { route: Route; params: string[] }[] } {
  const matches: { route: Route; params: string[] }[] = [];
  for (const route of routes) {
    if (route.segments.length !== segments.length) continue;
    const params: string[] = [];
    const ok = route.segments.every((literal, index) => {
      const segment = segments[index] as string;
      if (literal === ":") {
        params.push(segment);
        return true;
      }
      return literal === segment;
    });
    if (ok) matches.push({ route, params });
  }
  return { matches };
}

export async function startAtlasServer(options: AtlasServerOptions = {}): Promise<AtlasServer> {
  const now = options.now ?? Date.now;
  const realm = options.realm ?? "MMS Public API";
  const store = new AtlasStore({ now, jobDurationMs: options.jobDurationMs ?? 3000, seed: options.seed ?? true });
  const digest = new DigestVerifier({
    realm,
    keys: new Map((options.apiKeys ?? [defaultApiKey]).map((key) => [key.publicKey, key.privateKey])),
    now,
    nonceLifetimeMs: options.nonceLifetimeMs ?? 300_000,
    ...(options.digestAlgorithms !== undefined ? { algorithms: options.digestAlgorithms } : {}),
  });
  const oauth = new TokenIssuer({
    clients: new Map((options.serviceAccounts ?? [defaultServiceAccount]).map((account) => [account.clientId, account.clientSecret])),
    now,
    lifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    realm,
  });
  const faults = new FaultInjector();
  const requests: RecordedRequest[] = [];
  const context: HandlerContext = { store, enforceSunset: options.enforceSunset ?? false };
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = "";

  /** 401 with the Digest challenges (and a Bearer challenge when a token was refused); never wrapped in an envelope. */
  const unauthorized = (detail: string, stale: boolean, bearerError?: string): Reply => ({
    ...errorReply(errorBody(401, "UNAUTHORIZED", detail)),
    headers: {
      "WWW-Authenticate": [
        ...(bearerError !== undefined ? [`Bearer realm="${realm}", error="invalid_token", error_description="${bearerError}"`] : []),
        ...digest.challenges(stale),
      ],
    },
    envelope: false,
  });

  const authenticate = (request: ApiRequest, api: Api): Reply | undefined => {
    const header = request.headers.authorization;
    if (header === undefined || header.trim() === "") return unauthorized("This resource requires authentication.", false);
    if (/^Digest\s/i.test(header)) {
      const result = digest.verify(header, request.method, request.target);
      if (result.ok) return undefined;
      return unauthorized(`HTTP Digest authentication failed: ${result.reason}.`, result.stale);
    }
    if (/^Bearer\s/i.test(header)) {
      if (api === "v1.0" && options.acceptBearerOnV1 !== true) return unauthorized("The v1.0 API accepts HTTP Digest authentication only.", false);
      const result = oauth.verify(header.replace(/^Bearer\s+/i, "").trim());
      if (result.ok) return undefined;
      return unauthorized(`The access token is ${result.reason === "unknown" ? "not valid" : result.reason}.`, false, `the access token is ${result.reason}`);
    }
    return unauthorized("Unsupported authorization scheme; use HTTP Digest or a Bearer token.", false);
  };

  const handleApi = (request: ApiRequest): Reply => {
    const lookup = matchRoute(request.segments);
    if (lookup.matches.length === 0) {
      return errorReply(errorBody(404, "RESOURCE_NOT_FOUND", `There is no resource at ${request.target.split("?")[0] ?? ""}.`));
    }
    const found = lookup.matches.find((candidate) => candidate.route.method === request.method);
    if (!found) {
      const allow = [...new Set(lookup.matches.map((candidate) => candidate.route.method))].join(", ");
      return errorReply(errorBody(405, "METHOD_NOT_ALLOWED", `${request.method} is not allowed here; use ${allow}.`), { Allow: allow });
    }
    const { route, params } = found;
    const refused = authenticate(request, route.api);
    if (refused) return refused;
    try {
      const mediaType = route.api === "v2" ? negotiateV2(request.headers.accept) : negotiateV1(request.headers.accept);
      if (route.method === "POST") requireContentType(request.headers["content-type"], route.api === "v2" ? mediaType : "application/json");
      return route.handler(context, request, params, mediaType);
    } catch (error) {
      if (error instanceof AtlasHttpError) return errorReply(error.body(), error.extra.headers);
      throw error;
    }
  };

  const handleToken = (request: ApiRequest): Reply => {
    if (request.method !== "POST") {
      return { ...errorReply(errorBody(405, "METHOD_NOT_ALLOWED", "Use POST to request a token."), { Allow: "POST" }), envelope: false };
    }
    try {
      const answer = oauth.issue({ authorization: request.headers.authorization, contentType: request.headers["content-type"] }, request.body);
      return { status: 200, body: answer, contentType: "application/json", kind: "resource", headers: { "Cache-Control": "no-store" }, envelope: false };
    } catch (error) {
      if (error instanceof AtlasHttpError) return { ...errorReply(error.body(), error.extra.headers), envelope: false };
      throw error;
    }
  };

  const respond = (request: ApiRequest): Reply => {
    if (request.segments.length === tokenPath.length && request.segments.every((segment, index) => segment === tokenPath[index])) {
      return handleToken(request);
    }
    return handleApi(request);
  };

  const write = (outgoing: ServerResponse, record: RecordedRequest, reply: Reply, query: URLSearchParams, truncate: boolean): void => {
    const shown = presentation(query);
    let status = reply.status;
    let body = reply.body;
    if (shown.envelope && reply.envelope !== false) {
      body = reply.kind === "list" && typeof body === "object" && body !== null ? { ...body, status } : { status, content: body };
      status = 200;
    }
    let text = body === undefined ? "" : JSON.stringify(body, null, shown.pretty ? 2 : undefined);
    if (truncate) {
      status = 200;
      text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    }
    const headers: OutgoingHttpHeaders = {
      ...reply.headers,
      "Content-Type": reply.contentType,
      "Content-Length": Buffer.byteLength(text),
    };
    record.response = { status, headers, body: text };
    outgoing.writeHead(status, headers);
    outgoing.end(text);
  };

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse, bodyText: string, tooLarge: boolean): Promise<void> => {
    const target = incoming.url ?? "/";
    const method = (incoming.method ?? "GET").toUpperCase();
    const record: RecordedRequest = { method, url: target, headers: incoming.headers, body: bodyText };
    requests.push(record);
    const fault = faults.take({ method, url: target });
    if (fault) record.fault = fault.kind;
    const [path = "", search = ""] = splitTarget(target);
    const query = new URLSearchParams(search);

    if (fault?.kind === "drop") {
      incoming.socket.destroy();
      return;
    }
    if (fault?.kind === "hang") return;
    if (fault?.kind === "status") {
      const body = fault.status === 429
        ? errorBody(429, "RATE_LIMITED", "You have exceeded the rate limit; retry later.")
        : errorBody(503, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable; retry later.");
      write(outgoing, record, { ...errorReply(body, fault.retryAfter !== undefined ? { "Retry-After": String(fault.retryAfter) } : {}), envelope: false }, query, false);
      return;
    }
    if (fault?.kind === "delay") {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, fault.ms);
        timers.add(timer);
      });
      if (outgoing.destroyed) return;
    }

    let reply: Reply;
    const segments = decodeSegments(path);
    if (tooLarge) {
      reply = errorReply(errorBody(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBodyBytes} bytes.`));
    } else if (segments === undefined) {
      reply = errorReply(errorBody(400, "INVALID_PATH", "The request path is not validly percent-encoded."));
    } else {
      try {
        reply = respond({ method, target, segments, query, headers: incoming.headers, body: bodyText, baseUrl });
      } catch (error) {
        reply = errorReply(errorBody(500, "UNEXPECTED_ERROR", `The fake Atlas failed: ${(error as Error).message}`));
      }
    }
    write(outgoing, record, reply, query, fault?.kind === "malformed");
  };

  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    incoming.on("end", () => {
      handle(incoming, outgoing, Buffer.concat(chunks).toString("utf8"), size > maxBodyBytes).catch(() => outgoing.destroy());
    });
    incoming.on("error", () => outgoing.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    store,
    faults,
    requests,
    oauth,
    digest,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeAllConnections();
      await closed;
    },
  };
}

function splitTarget(target: string): [string, string] {
  const at = target.indexOf("?");
  return at < 0 ? [target, ""] : [target.slice(0, at), target.slice(at + 1)];
}

/** Path segments, each percent-decoded on its own; undefined when one is not validly encoded. */
function decodeSegments(path: string): string[] | undefined {
  try {
    return path
      .split("/")
      .slice(1)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

