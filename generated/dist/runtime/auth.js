// How requests authenticate. An authenticator adds credentials before a request is sent and may ask
// for one retry after a 401 (a Digest challenge, a stale nonce, an expired token). Secrets stay inside
// the authenticator: nothing here puts them in an error message.
/** A fixed bearer token (for example an access token obtained elsewhere). */
export function bearerAuth(token) {
    return {
        authorize: () => Promise.resolve(`Bearer ${token}`),
        challenged: () => Promise.resolve(false),
    };
}
export const noAuth = {
    authorize: () => Promise.resolve(undefined),
    challenged: () => Promise.resolve(false),
};
