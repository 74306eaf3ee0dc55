// The floor: a hand-written minimal check of the kind people write inline. It tests the top-level
// shape with typeof and the discriminant, and nothing else (no patterns, formats, limits or nested
// members), so it accepts many invalid payloads; the benchmark reports how many it lets through.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const optional = (value: unknown, type: "string" | "number" | "boolean"): boolean => value === undefined || typeof value === type;
const optionalArray = (value: unknown): boolean => value === undefined || Array.isArray(value);

export function typeofRestoreJob(value: unknown): boolean {
  if (!isObject(value)) return false;
  const kind = value.deliveryType;
  if (kind !== "automated" && kind !== "download" && kind !== "pointInTime") return false;
  if (!optional(value.id, "string") || !optional(value.cancelled, "boolean") || !optional(value.expired, "boolean") || !optional(value.failed, "boolean")) return false;
  if (!optional(value.expiresAt, "string") || !optional(value.finishedAt, "string") || !optional(value.timestamp, "string")) return false;
  if (!optionalArray(value.components) || !optionalArray(value.links)) return false;
  if (value.desiredTimestamp !== undefined && !isObject(value.desiredTimestamp)) return false;
  if (kind === "pointInTime") {
    return optional(value.oplogTs, "number") && optional(value.oplogInc, "number") && optional(value.pointInTimeUTCSeconds, "number");
  }
  if (kind === "download") return optional(value.snapshotId, "string") && optionalArray(value.deliveryUrl);
  return optional(value.snapshotId, "string") && optional(value.targetClusterName, "string") && optional(value.targetGroupId, "string");
}

export function typeofCreateRequest(value: unknown): boolean {
  if (!isObject(value)) return false;
  switch (value.deliveryType) {
    case "automated":
      return typeof value.snapshotId === "string" && typeof value.targetClusterName === "string" && typeof value.targetGroupId === "string";
    case "download":
      return typeof value.snapshotId === "string";
    case "pointInTime":
      return (
        typeof value.targetClusterName === "string" &&
        typeof value.targetGroupId === "string" &&
        (typeof value.pointInTimeUTCSeconds === "number" || (typeof value.oplogTs === "number" && typeof value.oplogInc === "number"))
      );
    default:
      return false;
  }
}
