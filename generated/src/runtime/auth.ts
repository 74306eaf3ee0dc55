// How requests authenticate. An authenticator adds credentials before a request is sent and may ask
// for one retry after a 401 (a Digest challenge, a stale nonce, an expired token). Secrets stay inside
// the authenticator: nothing here puts them in an error message.

export interface AuthRequest {
  readonly method: string;
  readonly url: URL;
}

export interface Authenticator {
  /** The `Authorization` header for this request, or undefined to send it without one. */
  authorize(request: AuthRequest): Promise<string | undefined>;
  /**
   * Called when the server answered 401 to a request. Returns true when the authenticator learned
   * something (a challenge, a new nonce, a fresh token) that makes one retry worthwhile.
   */
  challenged(request: AuthRequest, response: Response, attemptedWith: string | undefined): Promise<boolean>;
  /**
   * Told how every request ended unless it was a 401 (optional), for example so waiting callers can go
   * ahead: with the response, or with undefined when none came (the connection failed or was aborted).
   */
  answered?(request: AuthRequest, response: Response | undefined): void;
}

/** A fixed bearer token (for example an access token obtained elsewhere). */
export function bearerAuth(token: string): Authenticator {
  return {
    authorize: () => Promise.resolve(`Bearer ${token}`),
    challenged: () => Promise.resolve(false),
  };
}

export const noAuth: Authenticator = {
  authorize: () => Promise.resolve(undefined),
  challenged: () => Promise.resolve(false),
};
