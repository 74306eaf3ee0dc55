// The http-auth package ships no types; this is the part the Digest tests use.
declare module "http-auth" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  interface DigestOptions {
    realm: string;
    file: string;
    algorithm?: string;
    qop?: string;
  }
  interface Authenticator {
    check(handler: (request: IncomingMessage, response: ServerResponse) => void): (request: IncomingMessage, response: ServerResponse) => void;
  }
  const httpAuth: { digest(options: DigestOptions): Authenticator };
  export default httpAuth;
}
