// The runtime the generated client builds on. Copied verbatim into the generated package.
export { createClient, unwrapEnvelope } from "./client.js";
export { AtlasApiError, AtlasRequestError, AtlasResponseValidationError } from "./errors.js";
export { buildUrl, encodePathSegment } from "./request.js";
export { childPointer, collectProblems, isDate, isDateTime, isInt32, isInt64, isRecord, isTime, isUuid, report, runCheck, stringLength, } from "./validation.js";
