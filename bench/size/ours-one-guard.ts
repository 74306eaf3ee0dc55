// Size entry: one generated guard, called.
import { v2 } from "atlas-restore-client";

export function check(value: unknown): boolean {
  return v2.isCloudBackupRestoreJob(value);
}
