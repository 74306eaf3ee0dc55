import { collectProblems, isDateTime, isInt32, isRecord, report, runCheck, stringLength, } from "../runtime/index.js";
const pattern1 = new RegExp("^([a-f0-9]{24})$", "u");
const pattern2 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9-]*$", "u");
const pattern3 = new RegExp("^vpce-[0-9a-f]{17}$", "u");
const pattern4 = new RegExp("^[\\p{L}\\p{N}\\-_.(),:&@+']{1,64}$", "u");
/** Checks a value against {@link CreateBackupRestoreJobRequest}. Used by {@link isCreateBackupRestoreJobRequest} and {@link validateCreateBackupRestoreJobRequest}. */
export function checkCreateBackupRestoreJobRequest(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        switch (value["deliveryType"]) {
            case "automated":
                if (!checkAutomatedRestoreJobRequest(value, path, problems)) {
                    if (problems === undefined)
                        return false;
                    valid = false;
                }
                break;
            case "download":
                if (!checkDownloadRestoreJobRequest(value, path, problems)) {
                    if (problems === undefined)
                        return false;
                    valid = false;
                }
                break;
            case "pointInTime":
                if (!checkPointInTimeRestoreJobRequest(value, path, problems)) {
                    if (problems === undefined)
                        return false;
                    valid = false;
                }
                break;
            default:
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be one of "automated", "download", "pointInTime"');
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link CreateBackupRestoreJobRequest}. Never throws. */
export function isCreateBackupRestoreJobRequest(value) {
    return runCheck(checkCreateBackupRestoreJobRequest, value);
}
/** Every way `value` fails to be a valid {@link CreateBackupRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateCreateBackupRestoreJobRequest(value) {
    return collectProblems(checkCreateBackupRestoreJobRequest, value);
}
/** Checks a value against {@link AutomatedRestoreJobRequest}. Used by {@link isAutomatedRestoreJobRequest} and {@link validateAutomatedRestoreJobRequest}. */
export function checkAutomatedRestoreJobRequest(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "automated") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be "automated"');
            }
        }
        const snapshotId = value["snapshotId"];
        if (snapshotId === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/snapshotId", "is required");
        }
        else {
            if (!checkSnapshotId(snapshotId, path + "/snapshotId", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const targetClusterName = value["targetClusterName"];
        if (targetClusterName === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetClusterName", "is required");
        }
        else {
            if (!checkTargetClusterName(targetClusterName, path + "/targetClusterName", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const targetGroupId = value["targetGroupId"];
        if (targetGroupId === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetGroupId", "is required");
        }
        else {
            if (!checkTargetGroupId(targetGroupId, path + "/targetGroupId", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        if (value["oplogTs"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/oplogTs", "must not be present");
        }
        if (value["oplogInc"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/oplogInc", "must not be present");
        }
        if (value["pointInTimeUTCSeconds"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/pointInTimeUTCSeconds", "must not be present");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link AutomatedRestoreJobRequest}. Never throws. */
export function isAutomatedRestoreJobRequest(value) {
    return runCheck(checkAutomatedRestoreJobRequest, value);
}
/** Every way `value` fails to be a valid {@link AutomatedRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateAutomatedRestoreJobRequest(value) {
    return collectProblems(checkAutomatedRestoreJobRequest, value);
}
/** Checks a value against {@link DownloadRestoreJobRequest}. Used by {@link isDownloadRestoreJobRequest} and {@link validateDownloadRestoreJobRequest}. */
export function checkDownloadRestoreJobRequest(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "download") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be "download"');
            }
        }
        const snapshotId = value["snapshotId"];
        if (snapshotId === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/snapshotId", "is required");
        }
        else {
            if (!checkSnapshotId(snapshotId, path + "/snapshotId", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        if (value["oplogTs"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/oplogTs", "must not be present");
        }
        if (value["oplogInc"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/oplogInc", "must not be present");
        }
        if (value["pointInTimeUTCSeconds"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/pointInTimeUTCSeconds", "must not be present");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link DownloadRestoreJobRequest}. Never throws. */
export function isDownloadRestoreJobRequest(value) {
    return runCheck(checkDownloadRestoreJobRequest, value);
}
/** Every way `value` fails to be a valid {@link DownloadRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateDownloadRestoreJobRequest(value) {
    return collectProblems(checkDownloadRestoreJobRequest, value);
}
/** Checks a value against {@link PointInTimeRestoreJobRequest}. Used by {@link isPointInTimeRestoreJobRequest} and {@link validatePointInTimeRestoreJobRequest}. */
export function checkPointInTimeRestoreJobRequest(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "pointInTime") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be "pointInTime"');
            }
        }
        const targetClusterName = value["targetClusterName"];
        if (targetClusterName === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetClusterName", "is required");
        }
        else {
            if (!checkTargetClusterName(targetClusterName, path + "/targetClusterName", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const targetGroupId = value["targetGroupId"];
        if (targetGroupId === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetGroupId", "is required");
        }
        else {
            if (!checkTargetGroupId(targetGroupId, path + "/targetGroupId", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        if (value["snapshotId"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/snapshotId", "must not be present");
        }
    }
    const matched = (checkPointInTimeBySeconds(value, path, undefined) ? 1 : 0) +
        (checkPointInTimeByOplog(value, path, undefined) ? 1 : 0);
    if (matched !== 1) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, matched === 0
            ? "must match one of: PointInTimeBySeconds, PointInTimeByOplog"
            : "must match only one of: PointInTimeBySeconds, PointInTimeByOplog");
    }
    return valid;
}
/** Whether `value` is a valid {@link PointInTimeRestoreJobRequest}. Never throws. */
export function isPointInTimeRestoreJobRequest(value) {
    return runCheck(checkPointInTimeRestoreJobRequest, value);
}
/** Every way `value` fails to be a valid {@link PointInTimeRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validatePointInTimeRestoreJobRequest(value) {
    return collectProblems(checkPointInTimeRestoreJobRequest, value);
}
/** Checks a value against {@link PointInTimeBySeconds}. Used by {@link isPointInTimeBySeconds} and {@link validatePointInTimeBySeconds}. */
export function checkPointInTimeBySeconds(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const pointInTimeUTCSeconds = value["pointInTimeUTCSeconds"];
        if (pointInTimeUTCSeconds === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/pointInTimeUTCSeconds", "is required");
        }
        else {
            if (typeof pointInTimeUTCSeconds !== "number" || !Number.isInteger(pointInTimeUTCSeconds)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/pointInTimeUTCSeconds", "must be an integer");
            }
            else {
                if (pointInTimeUTCSeconds < 1199145600) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/pointInTimeUTCSeconds", "must be at least 1199145600");
                }
                if (!isInt32(pointInTimeUTCSeconds)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/pointInTimeUTCSeconds", "must be a 32-bit integer");
                }
            }
        }
        if (value["oplogTs"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/oplogTs", "must not be present");
        }
        if (value["oplogInc"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/oplogInc", "must not be present");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link PointInTimeBySeconds}. Never throws. */
export function isPointInTimeBySeconds(value) {
    return runCheck(checkPointInTimeBySeconds, value);
}
/** Every way `value` fails to be a valid {@link PointInTimeBySeconds}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validatePointInTimeBySeconds(value) {
    return collectProblems(checkPointInTimeBySeconds, value);
}
/** Checks a value against {@link PointInTimeByOplog}. Used by {@link isPointInTimeByOplog} and {@link validatePointInTimeByOplog}. */
export function checkPointInTimeByOplog(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const oplogTs = value["oplogTs"];
        if (oplogTs === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/oplogTs", "is required");
        }
        else {
            if (typeof oplogTs !== "number" || !Number.isInteger(oplogTs)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/oplogTs", "must be an integer");
            }
            else {
                if (oplogTs < 1199145600) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogTs", "must be at least 1199145600");
                }
                if (!isInt32(oplogTs)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogTs", "must be a 32-bit integer");
                }
            }
        }
        const oplogInc = value["oplogInc"];
        if (oplogInc === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/oplogInc", "is required");
        }
        else {
            if (typeof oplogInc !== "number" || !Number.isInteger(oplogInc)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/oplogInc", "must be an integer");
            }
            else {
                if (oplogInc < 1) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogInc", "must be at least 1");
                }
                if (!isInt32(oplogInc)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogInc", "must be a 32-bit integer");
                }
            }
        }
        if (value["pointInTimeUTCSeconds"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/pointInTimeUTCSeconds", "must not be present");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link PointInTimeByOplog}. Never throws. */
export function isPointInTimeByOplog(value) {
    return runCheck(checkPointInTimeByOplog, value);
}
/** Every way `value` fails to be a valid {@link PointInTimeByOplog}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validatePointInTimeByOplog(value) {
    return collectProblems(checkPointInTimeByOplog, value);
}
/** Checks a value against {@link SnapshotId}. Used by {@link isSnapshotId} and {@link validateSnapshotId}. */
export function checkSnapshotId(value, path, problems) {
    let valid = true;
    if (typeof value !== "string") {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be a string");
    }
    else {
        if (stringLength(value) < 24) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must be at least 24 characters long");
        }
        if (value.length > 24 && stringLength(value) > 24) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must be at most 24 characters long");
        }
        if (!pattern1.test(value)) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must match the pattern ^([a-f0-9]{24})$");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link SnapshotId}. Never throws. */
export function isSnapshotId(value) {
    return runCheck(checkSnapshotId, value);
}
/** Every way `value` fails to be a valid {@link SnapshotId}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateSnapshotId(value) {
    return collectProblems(checkSnapshotId, value);
}
/** Checks a value against {@link TargetClusterName}. Used by {@link isTargetClusterName} and {@link validateTargetClusterName}. */
export function checkTargetClusterName(value, path, problems) {
    let valid = true;
    if (typeof value !== "string") {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be a string");
    }
    else {
        if (stringLength(value) < 1) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must be at least 1 character long");
        }
        if (value.length > 64 && stringLength(value) > 64) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must be at most 64 characters long");
        }
        if (!pattern2.test(value)) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must match the pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link TargetClusterName}. Never throws. */
export function isTargetClusterName(value) {
    return runCheck(checkTargetClusterName, value);
}
/** Every way `value` fails to be a valid {@link TargetClusterName}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateTargetClusterName(value) {
    return collectProblems(checkTargetClusterName, value);
}
/** Checks a value against {@link TargetGroupId}. Used by {@link isTargetGroupId} and {@link validateTargetGroupId}. */
export function checkTargetGroupId(value, path, problems) {
    let valid = true;
    if (typeof value !== "string") {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be a string");
    }
    else {
        if (stringLength(value) < 24) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must be at least 24 characters long");
        }
        if (value.length > 24 && stringLength(value) > 24) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must be at most 24 characters long");
        }
        if (!pattern1.test(value)) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must match the pattern ^([a-f0-9]{24})$");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link TargetGroupId}. Never throws. */
export function isTargetGroupId(value) {
    return runCheck(checkTargetGroupId, value);
}
/** Every way `value` fails to be a valid {@link TargetGroupId}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateTargetGroupId(value) {
    return collectProblems(checkTargetGroupId, value);
}
/** Checks a value against {@link CloudBackupRestoreJob}. Used by {@link isCloudBackupRestoreJob} and {@link validateCloudBackupRestoreJob}. */
export function checkCloudBackupRestoreJob(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        switch (value["deliveryType"]) {
            case "automated":
                if (!checkAutomatedCloudBackupRestoreJob(value, path, problems)) {
                    if (problems === undefined)
                        return false;
                    valid = false;
                }
                break;
            case "download":
                if (!checkDownloadCloudBackupRestoreJob(value, path, problems)) {
                    if (problems === undefined)
                        return false;
                    valid = false;
                }
                break;
            case "pointInTime":
                if (!checkPointInTimeCloudBackupRestoreJob(value, path, problems)) {
                    if (problems === undefined)
                        return false;
                    valid = false;
                }
                break;
            default:
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be one of "automated", "download", "pointInTime"');
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link CloudBackupRestoreJob}. Never throws. */
export function isCloudBackupRestoreJob(value) {
    return runCheck(checkCloudBackupRestoreJob, value);
}
/** Every way `value` fails to be a valid {@link CloudBackupRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateCloudBackupRestoreJob(value) {
    return collectProblems(checkCloudBackupRestoreJob, value);
}
/** Checks a value against {@link CloudBackupRestoreJobBase}. Used by {@link isCloudBackupRestoreJobBase} and {@link validateCloudBackupRestoreJobBase}. */
export function checkCloudBackupRestoreJobBase(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const cancelled = value["cancelled"];
        if (cancelled !== undefined) {
            if (typeof cancelled !== "boolean") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/cancelled", "must be a boolean");
            }
        }
        const components = value["components"];
        if (components !== undefined) {
            if (!Array.isArray(components)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/components", "must be an array");
            }
            else {
                for (let index = 0; index < components.length; index++) {
                    const item = components[index];
                    if (!checkRestoreJobComponent(item, path + "/components" + "/" + index, problems)) {
                        if (problems === undefined)
                            return false;
                        valid = false;
                    }
                }
            }
        }
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "automated" &&
                deliveryType !== "download" &&
                deliveryType !== "pointInTime") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be one of "automated", "download", "pointInTime"');
            }
        }
        const desiredTimestamp = value["desiredTimestamp"];
        if (desiredTimestamp !== undefined) {
            if (!checkBsonTimestamp(desiredTimestamp, path + "/desiredTimestamp", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const expired = value["expired"];
        if (expired !== undefined) {
            if (typeof expired !== "boolean") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/expired", "must be a boolean");
            }
        }
        const expiresAt = value["expiresAt"];
        if (expiresAt !== undefined) {
            if (typeof expiresAt !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/expiresAt", "must be a string");
            }
            else {
                if (!isDateTime(expiresAt)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/expiresAt", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
        const failed = value["failed"];
        if (failed !== undefined) {
            if (typeof failed !== "boolean") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/failed", "must be a boolean");
            }
        }
        const finishedAt = value["finishedAt"];
        if (finishedAt !== undefined) {
            if (typeof finishedAt !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/finishedAt", "must be a string");
            }
            else {
                if (!isDateTime(finishedAt)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/finishedAt", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
        const id = value["id"];
        if (id !== undefined) {
            if (typeof id !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/id", "must be a string");
            }
            else {
                if (stringLength(id) < 24) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/id", "must be at least 24 characters long");
                }
                if (id.length > 24 && stringLength(id) > 24) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/id", "must be at most 24 characters long");
                }
                if (!pattern1.test(id)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/id", "must match the pattern ^([a-f0-9]{24})$");
                }
            }
        }
        const links = value["links"];
        if (links !== undefined) {
            if (!Array.isArray(links)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/links", "must be an array");
            }
            else {
                for (let index2 = 0; index2 < links.length; index2++) {
                    const item2 = links[index2];
                    if (!checkLink(item2, path + "/links" + "/" + index2, problems)) {
                        if (problems === undefined)
                            return false;
                        valid = false;
                    }
                }
            }
        }
        const timestamp = value["timestamp"];
        if (timestamp !== undefined) {
            if (typeof timestamp !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/timestamp", "must be a string");
            }
            else {
                if (!isDateTime(timestamp)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/timestamp", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link CloudBackupRestoreJobBase}. Never throws. */
export function isCloudBackupRestoreJobBase(value) {
    return runCheck(checkCloudBackupRestoreJobBase, value);
}
/** Every way `value` fails to be a valid {@link CloudBackupRestoreJobBase}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateCloudBackupRestoreJobBase(value) {
    return collectProblems(checkCloudBackupRestoreJobBase, value);
}
/** Checks a value against {@link AutomatedCloudBackupRestoreJob}. Used by {@link isAutomatedCloudBackupRestoreJob} and {@link validateAutomatedCloudBackupRestoreJob}. */
export function checkAutomatedCloudBackupRestoreJob(value, path, problems) {
    let valid = true;
    if (!checkCloudBackupRestoreJobBase(value, path, problems)) {
        if (problems === undefined)
            return false;
        valid = false;
    }
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "automated") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be "automated"');
            }
        }
        const snapshotId = value["snapshotId"];
        if (snapshotId !== undefined) {
            if (!checkSnapshotId(snapshotId, path + "/snapshotId", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const targetClusterName = value["targetClusterName"];
        if (targetClusterName !== undefined) {
            if (!checkTargetClusterName(targetClusterName, path + "/targetClusterName", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const targetGroupId = value["targetGroupId"];
        if (targetGroupId !== undefined) {
            if (!checkTargetGroupId(targetGroupId, path + "/targetGroupId", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link AutomatedCloudBackupRestoreJob}. Never throws. */
export function isAutomatedCloudBackupRestoreJob(value) {
    return runCheck(checkAutomatedCloudBackupRestoreJob, value);
}
/** Every way `value` fails to be a valid {@link AutomatedCloudBackupRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateAutomatedCloudBackupRestoreJob(value) {
    return collectProblems(checkAutomatedCloudBackupRestoreJob, value);
}
/** Checks a value against {@link DownloadCloudBackupRestoreJob}. Used by {@link isDownloadCloudBackupRestoreJob} and {@link validateDownloadCloudBackupRestoreJob}. */
export function checkDownloadCloudBackupRestoreJob(value, path, problems) {
    let valid = true;
    if (!checkCloudBackupRestoreJobBase(value, path, problems)) {
        if (problems === undefined)
            return false;
        valid = false;
    }
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "download") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be "download"');
            }
        }
        const snapshotId = value["snapshotId"];
        if (snapshotId !== undefined) {
            if (!checkSnapshotId(snapshotId, path + "/snapshotId", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const deliveryUrl = value["deliveryUrl"];
        if (deliveryUrl !== undefined) {
            if (!Array.isArray(deliveryUrl)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryUrl", "must be an array");
            }
            else {
                for (let index = 0; index < deliveryUrl.length; index++) {
                    const item = deliveryUrl[index];
                    if (typeof item !== "string") {
                        if (problems === undefined)
                            return false;
                        valid = report(problems, path + "/deliveryUrl" + "/" + index, "must be a string");
                    }
                }
            }
        }
        const privateDownloadDeliveryUrls = value["privateDownloadDeliveryUrls"];
        if (privateDownloadDeliveryUrls !== undefined) {
            if (!Array.isArray(privateDownloadDeliveryUrls)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/privateDownloadDeliveryUrls", "must be an array");
            }
            else {
                for (let index2 = 0; index2 < privateDownloadDeliveryUrls.length; index2++) {
                    const item2 = privateDownloadDeliveryUrls[index2];
                    if (!checkPrivateDownloadDeliveryUrl(item2, path + "/privateDownloadDeliveryUrls" + "/" + index2, problems)) {
                        if (problems === undefined)
                            return false;
                        valid = false;
                    }
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link DownloadCloudBackupRestoreJob}. Never throws. */
export function isDownloadCloudBackupRestoreJob(value) {
    return runCheck(checkDownloadCloudBackupRestoreJob, value);
}
/** Every way `value` fails to be a valid {@link DownloadCloudBackupRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateDownloadCloudBackupRestoreJob(value) {
    return collectProblems(checkDownloadCloudBackupRestoreJob, value);
}
/** Checks a value against {@link PointInTimeCloudBackupRestoreJob}. Used by {@link isPointInTimeCloudBackupRestoreJob} and {@link validatePointInTimeCloudBackupRestoreJob}. */
export function checkPointInTimeCloudBackupRestoreJob(value, path, problems) {
    let valid = true;
    if (!checkCloudBackupRestoreJobBase(value, path, problems)) {
        if (problems === undefined)
            return false;
        valid = false;
    }
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "pointInTime") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be "pointInTime"');
            }
        }
        const oplogTs = value["oplogTs"];
        if (oplogTs !== undefined) {
            if (typeof oplogTs !== "number" || !Number.isInteger(oplogTs)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/oplogTs", "must be an integer");
            }
            else {
                if (oplogTs < 1199145600) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogTs", "must be at least 1199145600");
                }
                if (!isInt32(oplogTs)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogTs", "must be a 32-bit integer");
                }
            }
        }
        const oplogInc = value["oplogInc"];
        if (oplogInc !== undefined) {
            if (typeof oplogInc !== "number" || !Number.isInteger(oplogInc)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/oplogInc", "must be an integer");
            }
            else {
                if (oplogInc < 1) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogInc", "must be at least 1");
                }
                if (!isInt32(oplogInc)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogInc", "must be a 32-bit integer");
                }
            }
        }
        const pointInTimeUTCSeconds = value["pointInTimeUTCSeconds"];
        if (pointInTimeUTCSeconds !== undefined) {
            if (typeof pointInTimeUTCSeconds !== "number" || !Number.isInteger(pointInTimeUTCSeconds)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/pointInTimeUTCSeconds", "must be an integer");
            }
            else {
                if (pointInTimeUTCSeconds < 1199145600) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/pointInTimeUTCSeconds", "must be at least 1199145600");
                }
                if (!isInt32(pointInTimeUTCSeconds)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/pointInTimeUTCSeconds", "must be a 32-bit integer");
                }
            }
        }
        const targetClusterName = value["targetClusterName"];
        if (targetClusterName !== undefined) {
            if (!checkTargetClusterName(targetClusterName, path + "/targetClusterName", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const targetGroupId = value["targetGroupId"];
        if (targetGroupId !== undefined) {
            if (!checkTargetGroupId(targetGroupId, path + "/targetGroupId", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link PointInTimeCloudBackupRestoreJob}. Never throws. */
export function isPointInTimeCloudBackupRestoreJob(value) {
    return runCheck(checkPointInTimeCloudBackupRestoreJob, value);
}
/** Every way `value` fails to be a valid {@link PointInTimeCloudBackupRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validatePointInTimeCloudBackupRestoreJob(value) {
    return collectProblems(checkPointInTimeCloudBackupRestoreJob, value);
}
/** Checks a value against {@link RestoreJobComponent}. Used by {@link isRestoreJobComponent} and {@link validateRestoreJobComponent}. */
export function checkRestoreJobComponent(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const downloadUrl = value["downloadUrl"];
        if (downloadUrl !== undefined) {
            if (downloadUrl !== null) {
                if (typeof downloadUrl !== "string") {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/downloadUrl", "must be a string");
                }
            }
        }
        const privateDownloadDeliveryUrls = value["privateDownloadDeliveryUrls"];
        if (privateDownloadDeliveryUrls !== undefined) {
            if (!Array.isArray(privateDownloadDeliveryUrls)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/privateDownloadDeliveryUrls", "must be an array");
            }
            else {
                for (let index = 0; index < privateDownloadDeliveryUrls.length; index++) {
                    const item = privateDownloadDeliveryUrls[index];
                    if (!checkPrivateDownloadDeliveryUrl(item, path + "/privateDownloadDeliveryUrls" + "/" + index, problems)) {
                        if (problems === undefined)
                            return false;
                        valid = false;
                    }
                }
            }
        }
        const replicaSetName = value["replicaSetName"];
        if (replicaSetName !== undefined) {
            if (typeof replicaSetName !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/replicaSetName", "must be a string");
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link RestoreJobComponent}. Never throws. */
export function isRestoreJobComponent(value) {
    return runCheck(checkRestoreJobComponent, value);
}
/** Every way `value` fails to be a valid {@link RestoreJobComponent}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateRestoreJobComponent(value) {
    return collectProblems(checkRestoreJobComponent, value);
}
/** Checks a value against {@link PrivateDownloadDeliveryUrl}. Used by {@link isPrivateDownloadDeliveryUrl} and {@link validatePrivateDownloadDeliveryUrl}. */
export function checkPrivateDownloadDeliveryUrl(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const deliveryUrl = value["deliveryUrl"];
        if (deliveryUrl !== undefined) {
            if (typeof deliveryUrl !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryUrl", "must be a string");
            }
        }
        const endpointId = value["endpointId"];
        if (endpointId !== undefined) {
            if (typeof endpointId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/endpointId", "must be a string");
            }
            else {
                if (!pattern3.test(endpointId)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/endpointId", "must match the pattern ^vpce-[0-9a-f]{17}$");
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link PrivateDownloadDeliveryUrl}. Never throws. */
export function isPrivateDownloadDeliveryUrl(value) {
    return runCheck(checkPrivateDownloadDeliveryUrl, value);
}
/** Every way `value` fails to be a valid {@link PrivateDownloadDeliveryUrl}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validatePrivateDownloadDeliveryUrl(value) {
    return collectProblems(checkPrivateDownloadDeliveryUrl, value);
}
/** Checks a value against {@link BsonTimestamp}. Used by {@link isBsonTimestamp} and {@link validateBsonTimestamp}. */
export function checkBsonTimestamp(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const date = value["date"];
        if (date !== undefined) {
            if (typeof date !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/date", "must be a string");
            }
            else {
                if (!isDateTime(date)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/date", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
        const increment = value["increment"];
        if (increment !== undefined) {
            if (typeof increment !== "number" || !Number.isInteger(increment)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/increment", "must be an integer");
            }
            else {
                if (!isInt32(increment)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/increment", "must be a 32-bit integer");
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link BsonTimestamp}. Never throws. */
export function isBsonTimestamp(value) {
    return runCheck(checkBsonTimestamp, value);
}
/** Every way `value` fails to be a valid {@link BsonTimestamp}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateBsonTimestamp(value) {
    return collectProblems(checkBsonTimestamp, value);
}
/** Checks a value against {@link TenantRestoreJob}. Used by {@link isTenantRestoreJob} and {@link validateTenantRestoreJob}. */
export function checkTenantRestoreJob(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        switch (value["deliveryType"]) {
            case "RESTORE":
                if (!checkRestoreTenantRestoreJob(value, path, problems)) {
                    if (problems === undefined)
                        return false;
                    valid = false;
                }
                break;
            case "DOWNLOAD":
                if (!checkDownloadTenantRestoreJob(value, path, problems)) {
                    if (problems === undefined)
                        return false;
                    valid = false;
                }
                break;
            default:
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be one of "RESTORE", "DOWNLOAD"');
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link TenantRestoreJob}. Never throws. */
export function isTenantRestoreJob(value) {
    return runCheck(checkTenantRestoreJob, value);
}
/** Every way `value` fails to be a valid {@link TenantRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateTenantRestoreJob(value) {
    return collectProblems(checkTenantRestoreJob, value);
}
/** Checks a value against {@link TenantRestoreJobBase}. Used by {@link isTenantRestoreJobBase} and {@link validateTenantRestoreJobBase}. */
export function checkTenantRestoreJobBase(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const clusterName = value["clusterName"];
        if (clusterName !== undefined) {
            if (typeof clusterName !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/clusterName", "must be a string");
            }
            else {
                if (!pattern2.test(clusterName)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/clusterName", "must match the pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$");
                }
            }
        }
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "RESTORE" && deliveryType !== "DOWNLOAD") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be one of "RESTORE", "DOWNLOAD"');
            }
        }
        const id = value["id"];
        if (id !== undefined) {
            if (typeof id !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/id", "must be a string");
            }
            else {
                if (!pattern1.test(id)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/id", "must match the pattern ^([a-f0-9]{24})$");
                }
            }
        }
        const links = value["links"];
        if (links !== undefined) {
            if (!Array.isArray(links)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/links", "must be an array");
            }
            else {
                for (let index = 0; index < links.length; index++) {
                    const item = links[index];
                    if (!checkLink(item, path + "/links" + "/" + index, problems)) {
                        if (problems === undefined)
                            return false;
                        valid = false;
                    }
                }
            }
        }
        const projectId = value["projectId"];
        if (projectId !== undefined) {
            if (typeof projectId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/projectId", "must be a string");
            }
            else {
                if (!pattern1.test(projectId)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/projectId", "must match the pattern ^([a-f0-9]{24})$");
                }
            }
        }
        const restoreFinishedDate = value["restoreFinishedDate"];
        if (restoreFinishedDate !== undefined) {
            if (typeof restoreFinishedDate !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/restoreFinishedDate", "must be a string");
            }
            else {
                if (!isDateTime(restoreFinishedDate)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/restoreFinishedDate", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
        const restoreScheduledDate = value["restoreScheduledDate"];
        if (restoreScheduledDate !== undefined) {
            if (typeof restoreScheduledDate !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/restoreScheduledDate", "must be a string");
            }
            else {
                if (!isDateTime(restoreScheduledDate)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/restoreScheduledDate", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
        const snapshotFinishedDate = value["snapshotFinishedDate"];
        if (snapshotFinishedDate !== undefined) {
            if (typeof snapshotFinishedDate !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/snapshotFinishedDate", "must be a string");
            }
            else {
                if (!isDateTime(snapshotFinishedDate)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/snapshotFinishedDate", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
        const snapshotId = value["snapshotId"];
        if (snapshotId === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/snapshotId", "is required");
        }
        else {
            if (typeof snapshotId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/snapshotId", "must be a string");
            }
            else {
                if (!pattern1.test(snapshotId)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/snapshotId", "must match the pattern ^([a-f0-9]{24})$");
                }
            }
        }
        const status = value["status"];
        if (status !== undefined) {
            if (status !== "PENDING" &&
                status !== "QUEUED" &&
                status !== "RUNNING" &&
                status !== "FAILED" &&
                status !== "COMPLETED") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/status", 'must be one of "PENDING", "QUEUED", "RUNNING", "FAILED", "COMPLETED"');
            }
        }
        const targetDeploymentItemName = value["targetDeploymentItemName"];
        if (targetDeploymentItemName === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetDeploymentItemName", "is required");
        }
        else {
            if (typeof targetDeploymentItemName !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/targetDeploymentItemName", "must be a string");
            }
            else {
                if (!pattern4.test(targetDeploymentItemName)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/targetDeploymentItemName", "must match the pattern ^[\\p{L}\\p{N}\\-_.(),:&@+']{1,64}$");
                }
            }
        }
        const targetProjectId = value["targetProjectId"];
        if (targetProjectId !== undefined) {
            if (typeof targetProjectId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/targetProjectId", "must be a string");
            }
            else {
                if (!pattern1.test(targetProjectId)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/targetProjectId", "must match the pattern ^([a-f0-9]{24})$");
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link TenantRestoreJobBase}. Never throws. */
export function isTenantRestoreJobBase(value) {
    return runCheck(checkTenantRestoreJobBase, value);
}
/** Every way `value` fails to be a valid {@link TenantRestoreJobBase}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateTenantRestoreJobBase(value) {
    return collectProblems(checkTenantRestoreJobBase, value);
}
/** Checks a value against {@link RestoreTenantRestoreJob}. Used by {@link isRestoreTenantRestoreJob} and {@link validateRestoreTenantRestoreJob}. */
export function checkRestoreTenantRestoreJob(value, path, problems) {
    let valid = true;
    if (!checkTenantRestoreJobBase(value, path, problems)) {
        if (problems === undefined)
            return false;
        valid = false;
    }
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "RESTORE") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be "RESTORE"');
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link RestoreTenantRestoreJob}. Never throws. */
export function isRestoreTenantRestoreJob(value) {
    return runCheck(checkRestoreTenantRestoreJob, value);
}
/** Every way `value` fails to be a valid {@link RestoreTenantRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateRestoreTenantRestoreJob(value) {
    return collectProblems(checkRestoreTenantRestoreJob, value);
}
/** Checks a value against {@link DownloadTenantRestoreJob}. Used by {@link isDownloadTenantRestoreJob} and {@link validateDownloadTenantRestoreJob}. */
export function checkDownloadTenantRestoreJob(value, path, problems) {
    let valid = true;
    if (!checkTenantRestoreJobBase(value, path, problems)) {
        if (problems === undefined)
            return false;
        valid = false;
    }
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const deliveryType = value["deliveryType"];
        if (deliveryType === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/deliveryType", "is required");
        }
        else {
            if (deliveryType !== "DOWNLOAD") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/deliveryType", 'must be "DOWNLOAD"');
            }
        }
        const expirationDate = value["expirationDate"];
        if (expirationDate !== undefined) {
            if (typeof expirationDate !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/expirationDate", "must be a string");
            }
            else {
                if (!isDateTime(expirationDate)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/expirationDate", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
        const snapshotUrl = value["snapshotUrl"];
        if (snapshotUrl !== undefined) {
            if (typeof snapshotUrl !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/snapshotUrl", "must be a string");
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link DownloadTenantRestoreJob}. Never throws. */
export function isDownloadTenantRestoreJob(value) {
    return runCheck(checkDownloadTenantRestoreJob, value);
}
/** Every way `value` fails to be a valid {@link DownloadTenantRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateDownloadTenantRestoreJob(value) {
    return collectProblems(checkDownloadTenantRestoreJob, value);
}
/** Checks a value against {@link ApiError}. Used by {@link isApiError} and {@link validateApiError}. */
export function checkApiError(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const badRequestDetail = value["badRequestDetail"];
        if (badRequestDetail !== undefined) {
            if (!checkBadRequestDetail(badRequestDetail, path + "/badRequestDetail", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const detail = value["detail"];
        if (detail !== undefined) {
            if (detail !== null) {
                if (typeof detail !== "string") {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/detail", "must be a string");
                }
            }
        }
        const error = value["error"];
        if (error === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/error", "is required");
        }
        else {
            if (typeof error !== "number" || !Number.isInteger(error)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/error", "must be an integer");
            }
            else {
                if (!isInt32(error)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/error", "must be a 32-bit integer");
                }
            }
        }
        const errorCode = value["errorCode"];
        if (errorCode === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/errorCode", "is required");
        }
        else {
            if (typeof errorCode !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/errorCode", "must be a string");
            }
        }
        const parameters = value["parameters"];
        if (parameters !== undefined) {
            if (!Array.isArray(parameters)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/parameters", "must be an array");
            }
            else {
                for (let index = 0; index < parameters.length; index++) {
                    const item = parameters[index];
                    if (!isRecord(item)) {
                        if (problems === undefined)
                            return false;
                        valid = report(problems, path + "/parameters" + "/" + index, "must be an object");
                    }
                }
            }
        }
        const reason = value["reason"];
        if (reason !== undefined) {
            if (reason !== null) {
                if (typeof reason !== "string") {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/reason", "must be a string");
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link ApiError}. Never throws. */
export function isApiError(value) {
    return runCheck(checkApiError, value);
}
/** Every way `value` fails to be a valid {@link ApiError}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateApiError(value) {
    return collectProblems(checkApiError, value);
}
/** Checks a value against {@link Link}. Used by {@link isLink} and {@link validateLink}. */
export function checkLink(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const href = value["href"];
        if (href !== undefined) {
            if (typeof href !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/href", "must be a string");
            }
        }
        const rel = value["rel"];
        if (rel !== undefined) {
            if (typeof rel !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/rel", "must be a string");
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link Link}. Never throws. */
export function isLink(value) {
    return runCheck(checkLink, value);
}
/** Every way `value` fails to be a valid {@link Link}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLink(value) {
    return collectProblems(checkLink, value);
}
/** Checks a value against {@link BadRequestDetail}. Used by {@link isBadRequestDetail} and {@link validateBadRequestDetail}. */
export function checkBadRequestDetail(value, path, problems) {
    let valid = true;
    if (value !== null) {
        if (!isRecord(value)) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must be an object");
        }
        else {
            const fields = value["fields"];
            if (fields !== undefined) {
                if (!Array.isArray(fields)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/fields", "must be an array");
                }
                else {
                    for (let index = 0; index < fields.length; index++) {
                        const item = fields[index];
                        if (!checkFieldViolation(item, path + "/fields" + "/" + index, problems)) {
                            if (problems === undefined)
                                return false;
                            valid = false;
                        }
                    }
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link BadRequestDetail}. Never throws. */
export function isBadRequestDetail(value) {
    return runCheck(checkBadRequestDetail, value);
}
/** Every way `value` fails to be a valid {@link BadRequestDetail}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateBadRequestDetail(value) {
    return collectProblems(checkBadRequestDetail, value);
}
/** Checks a value against {@link FieldViolation}. Used by {@link isFieldViolation} and {@link validateFieldViolation}. */
export function checkFieldViolation(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const description = value["description"];
        if (description === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/description", "is required");
        }
        else {
            if (typeof description !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/description", "must be a string");
            }
        }
        const field = value["field"];
        if (field === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/field", "is required");
        }
        else {
            if (typeof field !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/field", "must be a string");
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link FieldViolation}. Never throws. */
export function isFieldViolation(value) {
    return runCheck(checkFieldViolation, value);
}
/** Every way `value` fails to be a valid {@link FieldViolation}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateFieldViolation(value) {
    return collectProblems(checkFieldViolation, value);
}
/** The check of each operation's success body, for `createClient({ validateResponses, validators })`. */
export const responseValidators = {
    "POST /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs application/vnd.atlas.2023-01-01+json": checkCloudBackupRestoreJob,
    "GET /api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId} application/vnd.atlas.2023-01-01+json": checkTenantRestoreJob,
};
