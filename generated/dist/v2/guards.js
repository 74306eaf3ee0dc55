import {
  collectProblems,
  isArray,
  isDateTime,
  isInt32,
  isRecord,
  report,
  runCheck,
  stringLength,
} from "../runtime/index.js";

const pattern1 = /* @__PURE__ */ new RegExp("^([a-f0-9]{24})$", "u");
const pattern2 = /* @__PURE__ */ new RegExp("^[a-zA-Z0-9][a-zA-Z0-9-]*$", "u");
const pattern3 = /* @__PURE__ */ new RegExp("^vpce-[0-9a-f]{17}$", "u");
const pattern4 = /* @__PURE__ */ new RegExp("^[\\p{L}\\p{N}\\-_.(),:&@+']{1,64}$", "u");

export function checkCreateBackupRestoreJobRequest(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    switch (value["deliveryType"]) {
      case "automated":
        if (!checkAutomatedRestoreJobRequest(value, path, problems)) {
          if (problems === undefined) return false;
          valid = false;
        }
        break;
      case "download":
        if (!checkDownloadRestoreJobRequest(value, path, problems)) {
          if (problems === undefined) return false;
          valid = false;
        }
        break;
      case "pointInTime":
        if (!checkPointInTimeRestoreJobRequest(value, path, problems)) {
          if (problems === undefined) return false;
          valid = false;
        }
        break;
      default:
        if (problems === undefined) return false;
        valid = report(
          problems,
          path + "/deliveryType",
          'must be one of "automated", "download", "pointInTime"',
        );
    }
  }
  return valid;
}

export function isCreateBackupRestoreJobRequest(value) {
  return runCheck(checkCreateBackupRestoreJobRequest, value);
}

export function validateCreateBackupRestoreJobRequest(value) {
  return collectProblems(checkCreateBackupRestoreJobRequest, value);
}

export function checkAutomatedRestoreJobRequest(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (deliveryType !== "automated") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be "automated"');
      }
    }
    const snapshotId = value["snapshotId"];
    if (snapshotId === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/snapshotId", "is required");
    } else {
      if (!checkSnapshotId(snapshotId, path + "/snapshotId", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    const targetClusterName = value["targetClusterName"];
    if (targetClusterName === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/targetClusterName", "is required");
    } else {
      if (!checkTargetClusterName(targetClusterName, path + "/targetClusterName", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    const targetGroupId = value["targetGroupId"];
    if (targetGroupId === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/targetGroupId", "is required");
    } else {
      if (!checkTargetGroupId(targetGroupId, path + "/targetGroupId", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    if (value["oplogTs"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/oplogTs", "must not be present");
    }
    if (value["oplogInc"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/oplogInc", "must not be present");
    }
    if (value["pointInTimeUTCSeconds"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/pointInTimeUTCSeconds", "must not be present");
    }
  }
  return valid;
}

export function isAutomatedRestoreJobRequest(value) {
  return runCheck(checkAutomatedRestoreJobRequest, value);
}

export function validateAutomatedRestoreJobRequest(value) {
  return collectProblems(checkAutomatedRestoreJobRequest, value);
}

export function checkDownloadRestoreJobRequest(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (deliveryType !== "download") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be "download"');
      }
    }
    const snapshotId = value["snapshotId"];
    if (snapshotId === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/snapshotId", "is required");
    } else {
      if (!checkSnapshotId(snapshotId, path + "/snapshotId", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    if (value["oplogTs"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/oplogTs", "must not be present");
    }
    if (value["oplogInc"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/oplogInc", "must not be present");
    }
    if (value["pointInTimeUTCSeconds"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/pointInTimeUTCSeconds", "must not be present");
    }
  }
  return valid;
}

export function isDownloadRestoreJobRequest(value) {
  return runCheck(checkDownloadRestoreJobRequest, value);
}

export function validateDownloadRestoreJobRequest(value) {
  return collectProblems(checkDownloadRestoreJobRequest, value);
}

export function checkPointInTimeRestoreJobRequest(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (deliveryType !== "pointInTime") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be "pointInTime"');
      }
    }
    const targetClusterName = value["targetClusterName"];
    if (targetClusterName === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/targetClusterName", "is required");
    } else {
      if (!checkTargetClusterName(targetClusterName, path + "/targetClusterName", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    const targetGroupId = value["targetGroupId"];
    if (targetGroupId === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/targetGroupId", "is required");
    } else {
      if (!checkTargetGroupId(targetGroupId, path + "/targetGroupId", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    if (value["snapshotId"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/snapshotId", "must not be present");
    }
  }
  let matched = 0;
  if (checkPointInTimeBySeconds(value, path, undefined)) matched++;
  if (checkPointInTimeByOplog(value, path, undefined)) matched++;
  if (matched === 0) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must match one of: PointInTimeBySeconds, PointInTimeByOplog");
  }
  if (matched > 1) {
    if (problems === undefined) return false;
    valid = report(
      problems,
      path,
      "must match only one of: PointInTimeBySeconds, PointInTimeByOplog",
    );
  }
  return valid;
}

export function isPointInTimeRestoreJobRequest(value) {
  return runCheck(checkPointInTimeRestoreJobRequest, value);
}

export function validatePointInTimeRestoreJobRequest(value) {
  return collectProblems(checkPointInTimeRestoreJobRequest, value);
}

export function checkPointInTimeBySeconds(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const pointInTimeUTCSeconds = value["pointInTimeUTCSeconds"];
    if (pointInTimeUTCSeconds === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/pointInTimeUTCSeconds", "is required");
    } else {
      if (typeof pointInTimeUTCSeconds !== "number" || !Number.isInteger(pointInTimeUTCSeconds)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/pointInTimeUTCSeconds", "must be an integer");
      } else {
        if (pointInTimeUTCSeconds < 1199145600) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/pointInTimeUTCSeconds", "must be at least 1199145600");
        }
        if (!isInt32(pointInTimeUTCSeconds)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/pointInTimeUTCSeconds", "must be a 32-bit integer");
        }
      }
    }
    if (value["oplogTs"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/oplogTs", "must not be present");
    }
    if (value["oplogInc"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/oplogInc", "must not be present");
    }
  }
  return valid;
}

export function isPointInTimeBySeconds(value) {
  return runCheck(checkPointInTimeBySeconds, value);
}

export function validatePointInTimeBySeconds(value) {
  return collectProblems(checkPointInTimeBySeconds, value);
}

export function checkPointInTimeByOplog(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const oplogTs = value["oplogTs"];
    if (oplogTs === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/oplogTs", "is required");
    } else {
      if (typeof oplogTs !== "number" || !Number.isInteger(oplogTs)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/oplogTs", "must be an integer");
      } else {
        if (oplogTs < 1199145600) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/oplogTs", "must be at least 1199145600");
        }
        if (!isInt32(oplogTs)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/oplogTs", "must be a 32-bit integer");
        }
      }
    }
    const oplogInc = value["oplogInc"];
    if (oplogInc === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/oplogInc", "is required");
    } else {
      if (typeof oplogInc !== "number" || !Number.isInteger(oplogInc)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/oplogInc", "must be an integer");
      } else {
        if (oplogInc < 1) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/oplogInc", "must be at least 1");
        }
        if (!isInt32(oplogInc)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/oplogInc", "must be a 32-bit integer");
        }
      }
    }
    if (value["pointInTimeUTCSeconds"] !== undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/pointInTimeUTCSeconds", "must not be present");
    }
  }
  return valid;
}

export function isPointInTimeByOplog(value) {
  return runCheck(checkPointInTimeByOplog, value);
}

export function validatePointInTimeByOplog(value) {
  return collectProblems(checkPointInTimeByOplog, value);
}

export function checkSnapshotId(value, path, problems) {
  let valid = true;
  if (typeof value !== "string") {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be a string");
  } else {
    if (stringLength(value) < 24) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must be at least 24 characters long");
    }
    if (value.length > 24 && stringLength(value) > 24) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must be at most 24 characters long");
    }
    if (!pattern1.test(value)) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must match the pattern ^([a-f0-9]{24})$");
    }
  }
  return valid;
}

export function isSnapshotId(value) {
  return runCheck(checkSnapshotId, value);
}

export function validateSnapshotId(value) {
  return collectProblems(checkSnapshotId, value);
}

export function checkTargetClusterName(value, path, problems) {
  let valid = true;
  if (typeof value !== "string") {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be a string");
  } else {
    if (stringLength(value) < 1) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must be at least 1 character long");
    }
    if (value.length > 64 && stringLength(value) > 64) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must be at most 64 characters long");
    }
    if (!pattern2.test(value)) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must match the pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$");
    }
  }
  return valid;
}

export function isTargetClusterName(value) {
  return runCheck(checkTargetClusterName, value);
}

export function validateTargetClusterName(value) {
  return collectProblems(checkTargetClusterName, value);
}

export function checkTargetGroupId(value, path, problems) {
  let valid = true;
  if (typeof value !== "string") {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be a string");
  } else {
    if (stringLength(value) < 24) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must be at least 24 characters long");
    }
    if (value.length > 24 && stringLength(value) > 24) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must be at most 24 characters long");
    }
    if (!pattern1.test(value)) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must match the pattern ^([a-f0-9]{24})$");
    }
  }
  return valid;
}

export function isTargetGroupId(value) {
  return runCheck(checkTargetGroupId, value);
}

export function validateTargetGroupId(value) {
  return collectProblems(checkTargetGroupId, value);
}

export function checkCloudBackupRestoreJob(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    switch (value["deliveryType"]) {
      case "automated":
        if (!checkAutomatedCloudBackupRestoreJob(value, path, problems)) {
          if (problems === undefined) return false;
          valid = false;
        }
        break;
      case "download":
        if (!checkDownloadCloudBackupRestoreJob(value, path, problems)) {
          if (problems === undefined) return false;
          valid = false;
        }
        break;
      case "pointInTime":
        if (!checkPointInTimeCloudBackupRestoreJob(value, path, problems)) {
          if (problems === undefined) return false;
          valid = false;
        }
        break;
      default:
        if (problems === undefined) return false;
        valid = report(
          problems,
          path + "/deliveryType",
          'must be one of "automated", "download", "pointInTime"',
        );
    }
  }
  return valid;
}

export function isCloudBackupRestoreJob(value) {
  return runCheck(checkCloudBackupRestoreJob, value);
}

export function validateCloudBackupRestoreJob(value) {
  return collectProblems(checkCloudBackupRestoreJob, value);
}

export function checkCloudBackupRestoreJobBase(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const cancelled = value["cancelled"];
    if (cancelled !== undefined) {
      if (typeof cancelled !== "boolean") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/cancelled", "must be a boolean");
      }
    }
    const components = value["components"];
    if (components !== undefined) {
      if (!isArray(components)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/components", "must be an array");
      } else {
        for (let index = 0; index < components.length; index++) {
          const item = components[index];
          if (!checkRestoreJobComponent(item, path + "/components" + "/" + index, problems)) {
            if (problems === undefined) return false;
            valid = false;
          }
        }
      }
    }
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (
        deliveryType !== "automated" &&
        deliveryType !== "download" &&
        deliveryType !== "pointInTime"
      ) {
        if (problems === undefined) return false;
        valid = report(
          problems,
          path + "/deliveryType",
          'must be one of "automated", "download", "pointInTime"',
        );
      }
    }
    const desiredTimestamp = value["desiredTimestamp"];
    if (desiredTimestamp !== undefined) {
      if (!checkBsonTimestamp(desiredTimestamp, path + "/desiredTimestamp", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    const expired = value["expired"];
    if (expired !== undefined) {
      if (typeof expired !== "boolean") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/expired", "must be a boolean");
      }
    }
    const expiresAt = value["expiresAt"];
    if (expiresAt !== undefined) {
      if (typeof expiresAt !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/expiresAt", "must be a string");
      } else {
        if (!isDateTime(expiresAt)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/expiresAt",
            "must be a date-time (RFC 3339, with a time zone)",
          );
        }
      }
    }
    const failed = value["failed"];
    if (failed !== undefined) {
      if (typeof failed !== "boolean") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/failed", "must be a boolean");
      }
    }
    const finishedAt = value["finishedAt"];
    if (finishedAt !== undefined) {
      if (typeof finishedAt !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/finishedAt", "must be a string");
      } else {
        if (!isDateTime(finishedAt)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/finishedAt",
            "must be a date-time (RFC 3339, with a time zone)",
          );
        }
      }
    }
    const id = value["id"];
    if (id !== undefined) {
      if (typeof id !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/id", "must be a string");
      } else {
        if (stringLength(id) < 24) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/id", "must be at least 24 characters long");
        }
        if (id.length > 24 && stringLength(id) > 24) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/id", "must be at most 24 characters long");
        }
        if (!pattern1.test(id)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/id", "must match the pattern ^([a-f0-9]{24})$");
        }
      }
    }
    const links = value["links"];
    if (links !== undefined) {
      if (!isArray(links)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/links", "must be an array");
      } else {
        for (let index2 = 0; index2 < links.length; index2++) {
          const item2 = links[index2];
          if (!checkLink(item2, path + "/links" + "/" + index2, problems)) {
            if (problems === undefined) return false;
            valid = false;
          }
        }
      }
    }
    const timestamp = value["timestamp"];
    if (timestamp !== undefined) {
      if (typeof timestamp !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/timestamp", "must be a string");
      } else {
        if (!isDateTime(timestamp)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/timestamp",
            "must be a date-time (RFC 3339, with a time zone)",
          );
        }
      }
    }
  }
  return valid;
}

export function isCloudBackupRestoreJobBase(value) {
  return runCheck(checkCloudBackupRestoreJobBase, value);
}

export function validateCloudBackupRestoreJobBase(value) {
  return collectProblems(checkCloudBackupRestoreJobBase, value);
}

export function checkAutomatedCloudBackupRestoreJob(value, path, problems) {
  let valid = true;
  if (!checkCloudBackupRestoreJobBase(value, path, problems)) {
    if (problems === undefined) return false;
    valid = false;
  }
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (deliveryType !== "automated") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be "automated"');
      }
    }
    const snapshotId = value["snapshotId"];
    if (snapshotId !== undefined) {
      if (!checkSnapshotId(snapshotId, path + "/snapshotId", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    const targetClusterName = value["targetClusterName"];
    if (targetClusterName !== undefined) {
      if (!checkTargetClusterName(targetClusterName, path + "/targetClusterName", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    const targetGroupId = value["targetGroupId"];
    if (targetGroupId !== undefined) {
      if (!checkTargetGroupId(targetGroupId, path + "/targetGroupId", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
  }
  return valid;
}

export function isAutomatedCloudBackupRestoreJob(value) {
  return runCheck(checkAutomatedCloudBackupRestoreJob, value);
}

export function validateAutomatedCloudBackupRestoreJob(value) {
  return collectProblems(checkAutomatedCloudBackupRestoreJob, value);
}

export function checkDownloadCloudBackupRestoreJob(value, path, problems) {
  let valid = true;
  if (!checkCloudBackupRestoreJobBase(value, path, problems)) {
    if (problems === undefined) return false;
    valid = false;
  }
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (deliveryType !== "download") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be "download"');
      }
    }
    const snapshotId = value["snapshotId"];
    if (snapshotId !== undefined) {
      if (!checkSnapshotId(snapshotId, path + "/snapshotId", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    const deliveryUrl = value["deliveryUrl"];
    if (deliveryUrl !== undefined) {
      if (!isArray(deliveryUrl)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryUrl", "must be an array");
      } else {
        for (let index = 0; index < deliveryUrl.length; index++) {
          const item = deliveryUrl[index];
          if (typeof item !== "string") {
            if (problems === undefined) return false;
            valid = report(problems, path + "/deliveryUrl" + "/" + index, "must be a string");
          }
        }
      }
    }
    const privateDownloadDeliveryUrls = value["privateDownloadDeliveryUrls"];
    if (privateDownloadDeliveryUrls !== undefined) {
      if (!isArray(privateDownloadDeliveryUrls)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/privateDownloadDeliveryUrls", "must be an array");
      } else {
        for (let index2 = 0; index2 < privateDownloadDeliveryUrls.length; index2++) {
          const item2 = privateDownloadDeliveryUrls[index2];
          if (
            !checkPrivateDownloadDeliveryUrl(
              item2,
              path + "/privateDownloadDeliveryUrls" + "/" + index2,
              problems,
            )
          ) {
            if (problems === undefined) return false;
            valid = false;
          }
        }
      }
    }
  }
  return valid;
}

export function isDownloadCloudBackupRestoreJob(value) {
  return runCheck(checkDownloadCloudBackupRestoreJob, value);
}

export function validateDownloadCloudBackupRestoreJob(value) {
  return collectProblems(checkDownloadCloudBackupRestoreJob, value);
}

export function checkPointInTimeCloudBackupRestoreJob(value, path, problems) {
  let valid = true;
  if (!checkCloudBackupRestoreJobBase(value, path, problems)) {
    if (problems === undefined) return false;
    valid = false;
  }
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (deliveryType !== "pointInTime") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be "pointInTime"');
      }
    }
    const oplogTs = value["oplogTs"];
    if (oplogTs !== undefined) {
      if (typeof oplogTs !== "number" || !Number.isInteger(oplogTs)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/oplogTs", "must be an integer");
      } else {
        if (oplogTs < 1199145600) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/oplogTs", "must be at least 1199145600");
        }
        if (!isInt32(oplogTs)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/oplogTs", "must be a 32-bit integer");
        }
      }
    }
    const oplogInc = value["oplogInc"];
    if (oplogInc !== undefined) {
      if (typeof oplogInc !== "number" || !Number.isInteger(oplogInc)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/oplogInc", "must be an integer");
      } else {
        if (oplogInc < 1) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/oplogInc", "must be at least 1");
        }
        if (!isInt32(oplogInc)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/oplogInc", "must be a 32-bit integer");
        }
      }
    }
    const pointInTimeUTCSeconds = value["pointInTimeUTCSeconds"];
    if (pointInTimeUTCSeconds !== undefined) {
      if (typeof pointInTimeUTCSeconds !== "number" || !Number.isInteger(pointInTimeUTCSeconds)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/pointInTimeUTCSeconds", "must be an integer");
      } else {
        if (pointInTimeUTCSeconds < 1199145600) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/pointInTimeUTCSeconds", "must be at least 1199145600");
        }
        if (!isInt32(pointInTimeUTCSeconds)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/pointInTimeUTCSeconds", "must be a 32-bit integer");
        }
      }
    }
    const targetClusterName = value["targetClusterName"];
    if (targetClusterName !== undefined) {
      if (!checkTargetClusterName(targetClusterName, path + "/targetClusterName", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    const targetGroupId = value["targetGroupId"];
    if (targetGroupId !== undefined) {
      if (!checkTargetGroupId(targetGroupId, path + "/targetGroupId", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
  }
  return valid;
}

export function isPointInTimeCloudBackupRestoreJob(value) {
  return runCheck(checkPointInTimeCloudBackupRestoreJob, value);
}

export function validatePointInTimeCloudBackupRestoreJob(value) {
  return collectProblems(checkPointInTimeCloudBackupRestoreJob, value);
}

export function checkRestoreJobComponent(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const downloadUrl = value["downloadUrl"];
    if (downloadUrl !== undefined) {
      if (downloadUrl !== null) {
        if (typeof downloadUrl !== "string") {
          if (problems === undefined) return false;
          valid = report(problems, path + "/downloadUrl", "must be a string");
        }
      }
    }
    const privateDownloadDeliveryUrls = value["privateDownloadDeliveryUrls"];
    if (privateDownloadDeliveryUrls !== undefined) {
      if (!isArray(privateDownloadDeliveryUrls)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/privateDownloadDeliveryUrls", "must be an array");
      } else {
        for (let index = 0; index < privateDownloadDeliveryUrls.length; index++) {
          const item = privateDownloadDeliveryUrls[index];
          if (
            !checkPrivateDownloadDeliveryUrl(
              item,
              path + "/privateDownloadDeliveryUrls" + "/" + index,
              problems,
            )
          ) {
            if (problems === undefined) return false;
            valid = false;
          }
        }
      }
    }
    const replicaSetName = value["replicaSetName"];
    if (replicaSetName !== undefined) {
      if (typeof replicaSetName !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/replicaSetName", "must be a string");
      }
    }
  }
  return valid;
}

export function isRestoreJobComponent(value) {
  return runCheck(checkRestoreJobComponent, value);
}

export function validateRestoreJobComponent(value) {
  return collectProblems(checkRestoreJobComponent, value);
}

export function checkPrivateDownloadDeliveryUrl(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const deliveryUrl = value["deliveryUrl"];
    if (deliveryUrl !== undefined) {
      if (typeof deliveryUrl !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryUrl", "must be a string");
      }
    }
    const endpointId = value["endpointId"];
    if (endpointId !== undefined) {
      if (typeof endpointId !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/endpointId", "must be a string");
      } else {
        if (!pattern3.test(endpointId)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/endpointId",
            "must match the pattern ^vpce-[0-9a-f]{17}$",
          );
        }
      }
    }
  }
  return valid;
}

export function isPrivateDownloadDeliveryUrl(value) {
  return runCheck(checkPrivateDownloadDeliveryUrl, value);
}

export function validatePrivateDownloadDeliveryUrl(value) {
  return collectProblems(checkPrivateDownloadDeliveryUrl, value);
}

export function checkBsonTimestamp(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const date = value["date"];
    if (date !== undefined) {
      if (typeof date !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/date", "must be a string");
      } else {
        if (!isDateTime(date)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/date",
            "must be a date-time (RFC 3339, with a time zone)",
          );
        }
      }
    }
    const increment = value["increment"];
    if (increment !== undefined) {
      if (typeof increment !== "number" || !Number.isInteger(increment)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/increment", "must be an integer");
      } else {
        if (!isInt32(increment)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/increment", "must be a 32-bit integer");
        }
      }
    }
  }
  return valid;
}

export function isBsonTimestamp(value) {
  return runCheck(checkBsonTimestamp, value);
}

export function validateBsonTimestamp(value) {
  return collectProblems(checkBsonTimestamp, value);
}

export function checkTenantRestoreJob(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    switch (value["deliveryType"]) {
      case "RESTORE":
        if (!checkRestoreTenantRestoreJob(value, path, problems)) {
          if (problems === undefined) return false;
          valid = false;
        }
        break;
      case "DOWNLOAD":
        if (!checkDownloadTenantRestoreJob(value, path, problems)) {
          if (problems === undefined) return false;
          valid = false;
        }
        break;
      default:
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be one of "RESTORE", "DOWNLOAD"');
    }
  }
  return valid;
}

export function isTenantRestoreJob(value) {
  return runCheck(checkTenantRestoreJob, value);
}

export function validateTenantRestoreJob(value) {
  return collectProblems(checkTenantRestoreJob, value);
}

export function checkTenantRestoreJobBase(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const clusterName = value["clusterName"];
    if (clusterName !== undefined) {
      if (typeof clusterName !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/clusterName", "must be a string");
      } else {
        if (!pattern2.test(clusterName)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/clusterName",
            "must match the pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$",
          );
        }
      }
    }
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (deliveryType !== "RESTORE" && deliveryType !== "DOWNLOAD") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be one of "RESTORE", "DOWNLOAD"');
      }
    }
    const id = value["id"];
    if (id !== undefined) {
      if (typeof id !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/id", "must be a string");
      } else {
        if (!pattern1.test(id)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/id", "must match the pattern ^([a-f0-9]{24})$");
        }
      }
    }
    const links = value["links"];
    if (links !== undefined) {
      if (!isArray(links)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/links", "must be an array");
      } else {
        for (let index = 0; index < links.length; index++) {
          const item = links[index];
          if (!checkLink(item, path + "/links" + "/" + index, problems)) {
            if (problems === undefined) return false;
            valid = false;
          }
        }
      }
    }
    const projectId = value["projectId"];
    if (projectId !== undefined) {
      if (typeof projectId !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/projectId", "must be a string");
      } else {
        if (!pattern1.test(projectId)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/projectId", "must match the pattern ^([a-f0-9]{24})$");
        }
      }
    }
    const restoreFinishedDate = value["restoreFinishedDate"];
    if (restoreFinishedDate !== undefined) {
      if (typeof restoreFinishedDate !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/restoreFinishedDate", "must be a string");
      } else {
        if (!isDateTime(restoreFinishedDate)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/restoreFinishedDate",
            "must be a date-time (RFC 3339, with a time zone)",
          );
        }
      }
    }
    const restoreScheduledDate = value["restoreScheduledDate"];
    if (restoreScheduledDate !== undefined) {
      if (typeof restoreScheduledDate !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/restoreScheduledDate", "must be a string");
      } else {
        if (!isDateTime(restoreScheduledDate)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/restoreScheduledDate",
            "must be a date-time (RFC 3339, with a time zone)",
          );
        }
      }
    }
    const snapshotFinishedDate = value["snapshotFinishedDate"];
    if (snapshotFinishedDate !== undefined) {
      if (typeof snapshotFinishedDate !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/snapshotFinishedDate", "must be a string");
      } else {
        if (!isDateTime(snapshotFinishedDate)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/snapshotFinishedDate",
            "must be a date-time (RFC 3339, with a time zone)",
          );
        }
      }
    }
    const snapshotId = value["snapshotId"];
    if (snapshotId === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/snapshotId", "is required");
    } else {
      if (typeof snapshotId !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/snapshotId", "must be a string");
      } else {
        if (!pattern1.test(snapshotId)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/snapshotId", "must match the pattern ^([a-f0-9]{24})$");
        }
      }
    }
    const status = value["status"];
    if (status !== undefined) {
      if (
        status !== "PENDING" &&
        status !== "QUEUED" &&
        status !== "RUNNING" &&
        status !== "FAILED" &&
        status !== "COMPLETED"
      ) {
        if (problems === undefined) return false;
        valid = report(
          problems,
          path + "/status",
          'must be one of "PENDING", "QUEUED", "RUNNING", "FAILED", "COMPLETED"',
        );
      }
    }
    const targetDeploymentItemName = value["targetDeploymentItemName"];
    if (targetDeploymentItemName === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/targetDeploymentItemName", "is required");
    } else {
      if (typeof targetDeploymentItemName !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/targetDeploymentItemName", "must be a string");
      } else {
        if (!pattern4.test(targetDeploymentItemName)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/targetDeploymentItemName",
            "must match the pattern ^[\\p{L}\\p{N}\\-_.(),:&@+']{1,64}$",
          );
        }
      }
    }
    const targetProjectId = value["targetProjectId"];
    if (targetProjectId !== undefined) {
      if (typeof targetProjectId !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/targetProjectId", "must be a string");
      } else {
        if (!pattern1.test(targetProjectId)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/targetProjectId",
            "must match the pattern ^([a-f0-9]{24})$",
          );
        }
      }
    }
  }
  return valid;
}

export function isTenantRestoreJobBase(value) {
  return runCheck(checkTenantRestoreJobBase, value);
}

export function validateTenantRestoreJobBase(value) {
  return collectProblems(checkTenantRestoreJobBase, value);
}

export function checkRestoreTenantRestoreJob(value, path, problems) {
  let valid = true;
  if (!checkTenantRestoreJobBase(value, path, problems)) {
    if (problems === undefined) return false;
    valid = false;
  }
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (deliveryType !== "RESTORE") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be "RESTORE"');
      }
    }
  }
  return valid;
}

export function isRestoreTenantRestoreJob(value) {
  return runCheck(checkRestoreTenantRestoreJob, value);
}

export function validateRestoreTenantRestoreJob(value) {
  return collectProblems(checkRestoreTenantRestoreJob, value);
}

export function checkDownloadTenantRestoreJob(value, path, problems) {
  let valid = true;
  if (!checkTenantRestoreJobBase(value, path, problems)) {
    if (problems === undefined) return false;
    valid = false;
  }
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const deliveryType = value["deliveryType"];
    if (deliveryType === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/deliveryType", "is required");
    } else {
      if (deliveryType !== "DOWNLOAD") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/deliveryType", 'must be "DOWNLOAD"');
      }
    }
    const expirationDate = value["expirationDate"];
    if (expirationDate !== undefined) {
      if (typeof expirationDate !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/expirationDate", "must be a string");
      } else {
        if (!isDateTime(expirationDate)) {
          if (problems === undefined) return false;
          valid = report(
            problems,
            path + "/expirationDate",
            "must be a date-time (RFC 3339, with a time zone)",
          );
        }
      }
    }
    const snapshotUrl = value["snapshotUrl"];
    if (snapshotUrl !== undefined) {
      if (typeof snapshotUrl !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/snapshotUrl", "must be a string");
      }
    }
  }
  return valid;
}

export function isDownloadTenantRestoreJob(value) {
  return runCheck(checkDownloadTenantRestoreJob, value);
}

export function validateDownloadTenantRestoreJob(value) {
  return collectProblems(checkDownloadTenantRestoreJob, value);
}

export function checkApiError(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const badRequestDetail = value["badRequestDetail"];
    if (badRequestDetail !== undefined) {
      if (!checkBadRequestDetail(badRequestDetail, path + "/badRequestDetail", problems)) {
        if (problems === undefined) return false;
        valid = false;
      }
    }
    const detail = value["detail"];
    if (detail !== undefined) {
      if (detail !== null) {
        if (typeof detail !== "string") {
          if (problems === undefined) return false;
          valid = report(problems, path + "/detail", "must be a string");
        }
      }
    }
    const error = value["error"];
    if (error === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/error", "is required");
    } else {
      if (typeof error !== "number" || !Number.isInteger(error)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/error", "must be an integer");
      } else {
        if (!isInt32(error)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/error", "must be a 32-bit integer");
        }
      }
    }
    const errorCode = value["errorCode"];
    if (errorCode === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/errorCode", "is required");
    } else {
      if (typeof errorCode !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/errorCode", "must be a string");
      }
    }
    const parameters = value["parameters"];
    if (parameters !== undefined) {
      if (!isArray(parameters)) {
        if (problems === undefined) return false;
        valid = report(problems, path + "/parameters", "must be an array");
      } else {
        for (let index = 0; index < parameters.length; index++) {
          const item = parameters[index];
          if (!isRecord(item)) {
            if (problems === undefined) return false;
            valid = report(problems, path + "/parameters" + "/" + index, "must be an object");
          }
        }
      }
    }
    const reason = value["reason"];
    if (reason !== undefined) {
      if (reason !== null) {
        if (typeof reason !== "string") {
          if (problems === undefined) return false;
          valid = report(problems, path + "/reason", "must be a string");
        }
      }
    }
  }
  return valid;
}

export function isApiError(value) {
  return runCheck(checkApiError, value);
}

export function validateApiError(value) {
  return collectProblems(checkApiError, value);
}

export function checkLink(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const href = value["href"];
    if (href !== undefined) {
      if (typeof href !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/href", "must be a string");
      }
    }
    const rel = value["rel"];
    if (rel !== undefined) {
      if (typeof rel !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/rel", "must be a string");
      }
    }
  }
  return valid;
}

export function isLink(value) {
  return runCheck(checkLink, value);
}

export function validateLink(value) {
  return collectProblems(checkLink, value);
}

export function checkBadRequestDetail(value, path, problems) {
  let valid = true;
  if (value !== null) {
    if (!isRecord(value)) {
      if (problems === undefined) return false;
      valid = report(problems, path, "must be an object");
    } else {
      const fields = value["fields"];
      if (fields !== undefined) {
        if (!isArray(fields)) {
          if (problems === undefined) return false;
          valid = report(problems, path + "/fields", "must be an array");
        } else {
          for (let index = 0; index < fields.length; index++) {
            const item = fields[index];
            if (!checkFieldViolation(item, path + "/fields" + "/" + index, problems)) {
              if (problems === undefined) return false;
              valid = false;
            }
          }
        }
      }
    }
  }
  return valid;
}

export function isBadRequestDetail(value) {
  return runCheck(checkBadRequestDetail, value);
}

export function validateBadRequestDetail(value) {
  return collectProblems(checkBadRequestDetail, value);
}

export function checkFieldViolation(value, path, problems) {
  let valid = true;
  if (!isRecord(value)) {
    if (problems === undefined) return false;
    valid = report(problems, path, "must be an object");
  } else {
    const description = value["description"];
    if (description === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/description", "is required");
    } else {
      if (typeof description !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/description", "must be a string");
      }
    }
    const field = value["field"];
    if (field === undefined) {
      if (problems === undefined) return false;
      valid = report(problems, path + "/field", "is required");
    } else {
      if (typeof field !== "string") {
        if (problems === undefined) return false;
        valid = report(problems, path + "/field", "must be a string");
      }
    }
  }
  return valid;
}

export function isFieldViolation(value) {
  return runCheck(checkFieldViolation, value);
}

export function validateFieldViolation(value) {
  return collectProblems(checkFieldViolation, value);
}

export const responseValidators = {
  "POST /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs application/vnd.atlas.2023-01-01+json":
    checkCloudBackupRestoreJob,
  "GET /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId} application/vnd.atlas.2023-01-01+json":
    checkTenantRestoreJob,
};
