// Size entry: everything the generated package exports (both API modules, every guard, the runtime).
export * from "atlas-restore-client";
