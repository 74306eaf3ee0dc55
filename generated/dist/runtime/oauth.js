export const atlasTokenUrl = "https://cloud.mongodb.com/api/oauth/token";
const tokenPath = "/api/oauth/token";
export class AtlasAuthError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "AtlasAuthError";
}
export function serviceAccountAuth(credentials) {
  const now = credentials.now ?? Date.now;
  const margin = credentials.refreshMarginMs ?? 6e4;
  const fetchToken = credentials.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let cached;
  let pending;
  const refresh = (apiUrl) => {
    const tokenUrl = new URL(credentials.tokenUrl ?? tokenPath, apiUrl);
    pending ??= requestToken(credentials, tokenUrl, fetchToken, now).then((token) => {
      cached = token;
      return token.token;
    }).finally(() => {
      pending = void 0;
    });
    return pending;
  };
  return {
    async authorize(request) {
      const token = cached !== void 0 && cached.expiresAt - margin > now() ? cached.token : await refresh(request.url);
      return `Bearer ${token}`;
    },
    async challenged(_request, _response, attemptedWith) {
      if (attemptedWith === void 0) return false;
      if (cached !== void 0 && attemptedWith === `Bearer ${cached.token}`) cached = void 0;
      return true;
    }
  };
}
async function requestToken(credentials, url, fetchToken, now) {
  const basic = btoa(`${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`);
  let response;
  try {
    response = await fetchToken(url, {
      method: "POST",
      headers: {
        Authorization: `Basic ${basic}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json"
      },
      body: "grant_type=client_credentials"
    });
  } catch (error) {
    throw new AtlasAuthError(`could not reach the token endpoint ${url.origin}${url.pathname}: ${error.message}`, void 0);
  }
  const text = await response.text();
  if (!response.ok) {
    throw new AtlasAuthError(`the token endpoint refused the service account (HTTP ${response.status})`, response.status);
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AtlasAuthError("the token endpoint answered with something that is not JSON", response.status);
  }
  if (typeof body.access_token !== "string" || body.access_token === "") {
    throw new AtlasAuthError("the token endpoint's answer has no access_token", response.status);
  }
  const lifetimeSeconds = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : 3600;
  return { token: body.access_token, expiresAt: now() + lifetimeSeconds * 1e3 };
}
