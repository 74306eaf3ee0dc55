export class AtlasNetworkError extends Error {
  constructor(message, code, options) {
    super(message, options);
    this.code = code;
  }
  code;
  name = "AtlasNetworkError";
}
export class AtlasTimeoutError extends Error {
  constructor(method, path, timeoutMs) {
    super(`${method} ${path} did not finish within ${timeoutMs} ms`);
    this.method = method;
    this.path = path;
    this.timeoutMs = timeoutMs;
  }
  method;
  path;
  timeoutMs;
  name = "AtlasTimeoutError";
}
export function networkErrorCode(error) {
  for (let current = error, depth = 0; current !== void 0 && depth < 5; depth++) {
    const code = current?.code;
    if (typeof code === "string") return code;
    current = current?.cause;
  }
  return void 0;
}
