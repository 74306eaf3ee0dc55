import * as v1 from "./v1/index.js";
import * as v2 from "./v2/index.js";
export * from "./runtime/index.js";
export {
  v1,
  v2
};
