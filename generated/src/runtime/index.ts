// The runtime the generated client builds on. Copied verbatim into the generated package.
export { bearerAuth, noAuth } from "./auth.js";
export type { AuthRequest, Authenticator } from "./auth.js";
export { createClient, operationKey, unwrapEnvelope, withApiVersion } from "./client.js";
export type { Client, ClientOptions, RequestOptions, ResponseValidation, SendInput } from "./client.js";
export { digestAuth, digestAuthorization, parseChallenges, strongestChallenge } from "./digest.js";
export type { DigestChallenge, DigestCredentials } from "./digest.js";
export { AtlasApiError, AtlasRequestError, AtlasResponseValidationError } from "./errors.js";
export type { AtlasErrorBody } from "./errors.js";
export { AtlasAuthError, atlasTokenUrl, serviceAccountAuth } from "./oauth.js";
export type { ServiceAccountCredentials } from "./oauth.js";
export type { BodyFormat, HttpMethod, MediaVariant, OperationDescriptor, ParameterDescriptor } from "./operation.js";
export { pageItems, pages } from "./pagination.js";
export type { Page } from "./pagination.js";
export { buildUrl, encodePathSegment } from "./request.js";
export { AtlasNetworkError, AtlasTimeoutError, defaultRetryPolicy, retryAfterMs } from "./transport.js";
export type { FetchFunction, RetryPolicy } from "./transport.js";
export {
  childPointer,
  collectProblems,
  hasUniqueItems,
  isDate,
  isDateTime,
  isEmail,
  isInt32,
  isInt64,
  isRecord,
  isTime,
  isUri,
  isUuid,
  jsonEqual,
  report,
  runCheck,
  stringLength,
} from "./validation.js";
export type { Check, ValidationProblem } from "./validation.js";
