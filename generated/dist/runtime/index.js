import { bearerAuth, noAuth } from "./auth.js";
import { createClient, operationKey, unwrapEnvelope, withApiVersion } from "./client.js";
import { digestAuth, digestAuthorization, parseChallenges, strongestChallenge } from "./digest.js";
import { AtlasApiError, AtlasRequestError, AtlasResponseValidationError } from "./errors.js";
import { AtlasAuthError, atlasTokenUrl, serviceAccountAuth } from "./oauth.js";
import { pageItems, pages } from "./pagination.js";
import { buildUrl, encodePathSegment } from "./request.js";
import { AtlasNetworkError, AtlasTimeoutError, defaultRetryPolicy, retryAfterMs } from "./transport.js";
import { isDate, isDateTime, isEmail, isInt32, isInt64, isTime, isUri, isUuid, hasUniqueItems, jsonEqual } from "./formats.js";
import { childPointer, collectProblems, isRecord, report, runCheck, stringLength } from "./validation.js";
export {
  AtlasApiError,
  AtlasAuthError,
  AtlasNetworkError,
  AtlasRequestError,
  AtlasResponseValidationError,
  AtlasTimeoutError,
  atlasTokenUrl,
  bearerAuth,
  buildUrl,
  childPointer,
  collectProblems,
  createClient,
  defaultRetryPolicy,
  digestAuth,
  digestAuthorization,
  encodePathSegment,
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
  noAuth,
  operationKey,
  pageItems,
  pages,
  parseChallenges,
  report,
  retryAfterMs,
  runCheck,
  serviceAccountAuth,
  stringLength,
  strongestChallenge,
  unwrapEnvelope,
  withApiVersion
};
