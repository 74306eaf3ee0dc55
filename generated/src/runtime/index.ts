// The runtime the generated client builds on. Copied verbatim into the generated package.
export { createClient, unwrapEnvelope } from "./client.js";
export type { Auth, Client, ClientOptions, FetchFunction, RequestOptions, SendInput } from "./client.js";
export { AtlasApiError, AtlasRequestError, AtlasResponseValidationError } from "./errors.js";
export type { AtlasErrorBody } from "./errors.js";
export type { HttpMethod, OperationDescriptor, ParameterDescriptor } from "./operation.js";
export { buildUrl, encodePathSegment } from "./request.js";
export {
  childPointer,
  collectProblems,
  isDate,
  isDateTime,
  isInt32,
  isInt64,
  isRecord,
  isTime,
  isUuid,
  report,
  runCheck,
  stringLength,
} from "./validation.js";
export type { Check, ValidationProblem } from "./validation.js";
