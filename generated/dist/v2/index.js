export * from "./types.js";
export * from "./guards.js";
export * from "./operations.js";
