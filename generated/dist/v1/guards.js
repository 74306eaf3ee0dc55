import { collectProblems, isDateTime, isInt32, isInt64, isRecord, isUuid, report, runCheck, stringLength, } from "../runtime/index.js";
const pattern1 = new RegExp("^([a-f0-9]{24})$", "u");
const pattern2 = new RegExp("^[0-9]+$", "u");
const pattern3 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9-]*$", "u");
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
        const createdAt = value["createdAt"];
        if (createdAt !== undefined) {
            if (typeof createdAt !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/createdAt", "must be a string");
            }
            else {
                if (!isDateTime(createdAt)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/createdAt", "must be a date-time (RFC 3339, with a time zone)");
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
            if (typeof snapshotId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/snapshotId", "must be a string");
            }
        }
        const targetClusterName = value["targetClusterName"];
        if (targetClusterName !== undefined) {
            if (typeof targetClusterName !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/targetClusterName", "must be a string");
            }
        }
        const targetGroupId = value["targetGroupId"];
        if (targetGroupId !== undefined) {
            if (typeof targetGroupId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/targetGroupId", "must be a string");
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
            if (typeof snapshotId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/snapshotId", "must be a string");
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
        const components = value["components"];
        if (components !== undefined) {
            if (!Array.isArray(components)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/components", "must be an array");
            }
            else {
                for (let index2 = 0; index2 < components.length; index2++) {
                    const item2 = components[index2];
                    if (!checkRestoreJobComponent(item2, path + "/components" + "/" + index2, problems)) {
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
        }
        const oplogInc = value["oplogInc"];
        if (oplogInc !== undefined) {
            if (typeof oplogInc !== "number" || !Number.isInteger(oplogInc)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/oplogInc", "must be an integer");
            }
        }
        const pointInTimeUTCSeconds = value["pointInTimeUTCSeconds"];
        if (pointInTimeUTCSeconds !== undefined) {
            if (typeof pointInTimeUTCSeconds !== "number" || !Number.isInteger(pointInTimeUTCSeconds)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/pointInTimeUTCSeconds", "must be an integer");
            }
        }
        const targetClusterName = value["targetClusterName"];
        if (targetClusterName !== undefined) {
            if (typeof targetClusterName !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/targetClusterName", "must be a string");
            }
        }
        const targetGroupId = value["targetGroupId"];
        if (targetGroupId !== undefined) {
            if (typeof targetGroupId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/targetGroupId", "must be a string");
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
/** Checks a value against {@link CloudBackupRestoreJobPage}. Used by {@link isCloudBackupRestoreJobPage} and {@link validateCloudBackupRestoreJobPage}. */
export function checkCloudBackupRestoreJobPage(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
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
        const results = value["results"];
        if (results === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/results", "is required");
        }
        else {
            if (!Array.isArray(results)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/results", "must be an array");
            }
            else {
                for (let index2 = 0; index2 < results.length; index2++) {
                    const item2 = results[index2];
                    if (!checkCloudBackupRestoreJob(item2, path + "/results" + "/" + index2, problems)) {
                        if (problems === undefined)
                            return false;
                        valid = false;
                    }
                }
            }
        }
        const totalCount = value["totalCount"];
        if (totalCount !== undefined) {
            if (typeof totalCount !== "number" || !Number.isInteger(totalCount)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/totalCount", "must be an integer");
            }
            else {
                if (totalCount < 0) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/totalCount", "must be at least 0");
                }
                if (!isInt32(totalCount)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/totalCount", "must be a 32-bit integer");
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link CloudBackupRestoreJobPage}. Never throws. */
export function isCloudBackupRestoreJobPage(value) {
    return runCheck(checkCloudBackupRestoreJobPage, value);
}
/** Every way `value` fails to be a valid {@link CloudBackupRestoreJobPage}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateCloudBackupRestoreJobPage(value) {
    return collectProblems(checkCloudBackupRestoreJobPage, value);
}
/** Checks a value against {@link CreateLegacyRestoreJobRequest}. Used by {@link isCreateLegacyRestoreJobRequest} and {@link validateCreateLegacyRestoreJobRequest}. */
export function checkCreateLegacyRestoreJobRequest(value, path, problems) {
    let valid = true;
    const matched = (checkLegacyDownloadRestoreJobRequest(value, path, undefined) ? 1 : 0) +
        (checkLegacyAutomatedRestoreJobRequest(value, path, undefined) ? 1 : 0);
    if (matched !== 1) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, matched === 0
            ? "must match one of: LegacyDownloadRestoreJobRequest, LegacyAutomatedRestoreJobRequest"
            : "must match only one of: LegacyDownloadRestoreJobRequest, LegacyAutomatedRestoreJobRequest");
    }
    return valid;
}
/** Whether `value` is a valid {@link CreateLegacyRestoreJobRequest}. Never throws. */
export function isCreateLegacyRestoreJobRequest(value) {
    return runCheck(checkCreateLegacyRestoreJobRequest, value);
}
/** Every way `value` fails to be a valid {@link CreateLegacyRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateCreateLegacyRestoreJobRequest(value) {
    return collectProblems(checkCreateLegacyRestoreJobRequest, value);
}
/** Checks a value against {@link LegacyDownloadRestoreJobRequest}. Used by {@link isLegacyDownloadRestoreJobRequest} and {@link validateLegacyDownloadRestoreJobRequest}. */
export function checkLegacyDownloadRestoreJobRequest(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const delivery = value["delivery"];
        if (delivery === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/delivery", "is required");
        }
        else {
            if (!checkLegacyHttpDelivery(delivery, path + "/delivery", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
    }
    if (!checkLegacySnapshotRestorePoint(value, path, problems)) {
        if (problems === undefined)
            return false;
        valid = false;
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyDownloadRestoreJobRequest}. Never throws. */
export function isLegacyDownloadRestoreJobRequest(value) {
    return runCheck(checkLegacyDownloadRestoreJobRequest, value);
}
/** Every way `value` fails to be a valid {@link LegacyDownloadRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyDownloadRestoreJobRequest(value) {
    return collectProblems(checkLegacyDownloadRestoreJobRequest, value);
}
/** Checks a value against {@link LegacyAutomatedRestoreJobRequest}. Used by {@link isLegacyAutomatedRestoreJobRequest} and {@link validateLegacyAutomatedRestoreJobRequest}. */
export function checkLegacyAutomatedRestoreJobRequest(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const delivery = value["delivery"];
        if (delivery === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/delivery", "is required");
        }
        else {
            if (!checkLegacyAutomatedDelivery(delivery, path + "/delivery", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
    }
    if (!checkLegacyRestorePoint(value, path, problems)) {
        if (problems === undefined)
            return false;
        valid = false;
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyAutomatedRestoreJobRequest}. Never throws. */
export function isLegacyAutomatedRestoreJobRequest(value) {
    return runCheck(checkLegacyAutomatedRestoreJobRequest, value);
}
/** Every way `value` fails to be a valid {@link LegacyAutomatedRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyAutomatedRestoreJobRequest(value) {
    return collectProblems(checkLegacyAutomatedRestoreJobRequest, value);
}
/** Checks a value against {@link LegacyHttpDelivery}. Used by {@link isLegacyHttpDelivery} and {@link validateLegacyHttpDelivery}. */
export function checkLegacyHttpDelivery(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const methodName = value["methodName"];
        if (methodName === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/methodName", "is required");
        }
        else {
            if (methodName !== "HTTP") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/methodName", 'must be "HTTP"');
            }
        }
        const expirationHours = value["expirationHours"];
        if (expirationHours === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/expirationHours", "is required");
        }
        else {
            if (typeof expirationHours !== "number" || !Number.isInteger(expirationHours)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/expirationHours", "must be an integer");
            }
            else {
                if (expirationHours < 1) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/expirationHours", "must be at least 1");
                }
                if (!isInt32(expirationHours)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/expirationHours", "must be a 32-bit integer");
                }
            }
        }
        const maxDownloads = value["maxDownloads"];
        if (maxDownloads === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/maxDownloads", "is required");
        }
        else {
            if (typeof maxDownloads !== "number" || !Number.isInteger(maxDownloads)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/maxDownloads", "must be an integer");
            }
            else {
                if (maxDownloads < 1) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/maxDownloads", "must be at least 1");
                }
                if (!isInt32(maxDownloads)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/maxDownloads", "must be a 32-bit integer");
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyHttpDelivery}. Never throws. */
export function isLegacyHttpDelivery(value) {
    return runCheck(checkLegacyHttpDelivery, value);
}
/** Every way `value` fails to be a valid {@link LegacyHttpDelivery}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyHttpDelivery(value) {
    return collectProblems(checkLegacyHttpDelivery, value);
}
/** Checks a value against {@link LegacyAutomatedDelivery}. Used by {@link isLegacyAutomatedDelivery} and {@link validateLegacyAutomatedDelivery}. */
export function checkLegacyAutomatedDelivery(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const methodName = value["methodName"];
        if (methodName === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/methodName", "is required");
        }
        else {
            if (methodName !== "AUTOMATED_RESTORE") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/methodName", 'must be "AUTOMATED_RESTORE"');
            }
        }
        const targetGroupId = value["targetGroupId"];
        if (targetGroupId === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetGroupId", "is required");
        }
        else {
            if (typeof targetGroupId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/targetGroupId", "must be a string");
            }
            else {
                if (!pattern1.test(targetGroupId)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/targetGroupId", "must match the pattern ^([a-f0-9]{24})$");
                }
            }
        }
    }
    const matched = (checkLegacyAutomatedDeliveryVariant(value, path, undefined) ? 1 : 0) +
        (checkLegacyAutomatedDeliveryVariant2(value, path, undefined) ? 1 : 0);
    if (matched !== 1) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, matched === 0
            ? "must match one of: an object with targetClusterName, an object with targetClusterId"
            : "must match only one of: an object with targetClusterName, an object with targetClusterId");
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyAutomatedDelivery}. Never throws. */
export function isLegacyAutomatedDelivery(value) {
    return runCheck(checkLegacyAutomatedDelivery, value);
}
/** Every way `value` fails to be a valid {@link LegacyAutomatedDelivery}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyAutomatedDelivery(value) {
    return collectProblems(checkLegacyAutomatedDelivery, value);
}
/** Checks a value against {@link LegacyRestorePoint}. Used by {@link isLegacyRestorePoint} and {@link validateLegacyRestorePoint}. */
export function checkLegacyRestorePoint(value, path, problems) {
    let valid = true;
    const matched = (checkLegacySnapshotRestorePoint(value, path, undefined) ? 1 : 0) +
        (checkLegacyCheckpointRestorePoint(value, path, undefined) ? 1 : 0) +
        (checkLegacyOplogRestorePoint(value, path, undefined) ? 1 : 0) +
        (checkLegacyPointInTimeRestorePoint(value, path, undefined) ? 1 : 0);
    if (matched !== 1) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, matched === 0
            ? "must match one of: LegacySnapshotRestorePoint, LegacyCheckpointRestorePoint, LegacyOplogRestorePoint, LegacyPointInTimeRestorePoint"
            : "must match only one of: LegacySnapshotRestorePoint, LegacyCheckpointRestorePoint, LegacyOplogRestorePoint, LegacyPointInTimeRestorePoint");
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyRestorePoint}. Never throws. */
export function isLegacyRestorePoint(value) {
    return runCheck(checkLegacyRestorePoint, value);
}
/** Every way `value` fails to be a valid {@link LegacyRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyRestorePoint(value) {
    return collectProblems(checkLegacyRestorePoint, value);
}
/** Checks a value against {@link LegacySnapshotRestorePoint}. Used by {@link isLegacySnapshotRestorePoint} and {@link validateLegacySnapshotRestorePoint}. */
export function checkLegacySnapshotRestorePoint(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
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
        if (value["checkpointId"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/checkpointId", "must not be present");
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
        if (value["pointInTimeUTCMillis"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/pointInTimeUTCMillis", "must not be present");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacySnapshotRestorePoint}. Never throws. */
export function isLegacySnapshotRestorePoint(value) {
    return runCheck(checkLegacySnapshotRestorePoint, value);
}
/** Every way `value` fails to be a valid {@link LegacySnapshotRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacySnapshotRestorePoint(value) {
    return collectProblems(checkLegacySnapshotRestorePoint, value);
}
/** Checks a value against {@link LegacyCheckpointRestorePoint}. Used by {@link isLegacyCheckpointRestorePoint} and {@link validateLegacyCheckpointRestorePoint}. */
export function checkLegacyCheckpointRestorePoint(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const _checkpointId = value["checkpointId"];
        if (_checkpointId === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/checkpointId", "is required");
        }
        else {
            if (typeof _checkpointId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/checkpointId", "must be a string");
            }
            else {
                if (!pattern1.test(_checkpointId)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/checkpointId", "must match the pattern ^([a-f0-9]{24})$");
                }
            }
        }
        if (value["snapshotId"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/snapshotId", "must not be present");
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
        if (value["pointInTimeUTCMillis"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/pointInTimeUTCMillis", "must not be present");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyCheckpointRestorePoint}. Never throws. */
export function isLegacyCheckpointRestorePoint(value) {
    return runCheck(checkLegacyCheckpointRestorePoint, value);
}
/** Every way `value` fails to be a valid {@link LegacyCheckpointRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyCheckpointRestorePoint(value) {
    return collectProblems(checkLegacyCheckpointRestorePoint, value);
}
/** Checks a value against {@link LegacyOplogRestorePoint}. Used by {@link isLegacyOplogRestorePoint} and {@link validateLegacyOplogRestorePoint}. */
export function checkLegacyOplogRestorePoint(value, path, problems) {
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
            if (typeof oplogTs !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/oplogTs", "must be a string");
            }
            else {
                if (!pattern2.test(oplogTs)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogTs", "must match the pattern ^[0-9]+$");
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
            if (typeof oplogInc !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/oplogInc", "must be a string");
            }
            else {
                if (!pattern2.test(oplogInc)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/oplogInc", "must match the pattern ^[0-9]+$");
                }
            }
        }
        if (value["snapshotId"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/snapshotId", "must not be present");
        }
        if (value["checkpointId"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/checkpointId", "must not be present");
        }
        if (value["pointInTimeUTCMillis"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/pointInTimeUTCMillis", "must not be present");
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyOplogRestorePoint}. Never throws. */
export function isLegacyOplogRestorePoint(value) {
    return runCheck(checkLegacyOplogRestorePoint, value);
}
/** Every way `value` fails to be a valid {@link LegacyOplogRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyOplogRestorePoint(value) {
    return collectProblems(checkLegacyOplogRestorePoint, value);
}
/** Checks a value against {@link LegacyPointInTimeRestorePoint}. Used by {@link isLegacyPointInTimeRestorePoint} and {@link validateLegacyPointInTimeRestorePoint}. */
export function checkLegacyPointInTimeRestorePoint(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const pointInTimeUTCMillis = value["pointInTimeUTCMillis"];
        if (pointInTimeUTCMillis === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/pointInTimeUTCMillis", "is required");
        }
        else {
            if (typeof pointInTimeUTCMillis !== "number" || !Number.isInteger(pointInTimeUTCMillis)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/pointInTimeUTCMillis", "must be an integer");
            }
            else {
                if (pointInTimeUTCMillis < 1199145600000) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/pointInTimeUTCMillis", "must be at least 1199145600000");
                }
                if (!isInt64(pointInTimeUTCMillis)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/pointInTimeUTCMillis", "must be a 64-bit integer");
                }
            }
        }
        if (value["snapshotId"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/snapshotId", "must not be present");
        }
        if (value["checkpointId"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/checkpointId", "must not be present");
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
/** Whether `value` is a valid {@link LegacyPointInTimeRestorePoint}. Never throws. */
export function isLegacyPointInTimeRestorePoint(value) {
    return runCheck(checkLegacyPointInTimeRestorePoint, value);
}
/** Every way `value` fails to be a valid {@link LegacyPointInTimeRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyPointInTimeRestorePoint(value) {
    return collectProblems(checkLegacyPointInTimeRestorePoint, value);
}
/** Checks a value against {@link LegacyRestoreJobCreated}. Used by {@link isLegacyRestoreJobCreated} and {@link validateLegacyRestoreJobCreated}. */
export function checkLegacyRestoreJobCreated(value, path, problems) {
    let valid = true;
    const matched = (checkLegacyRestoreJobPage(value, path, undefined) ? 1 : 0) +
        (checkLegacyRestoreJob(value, path, undefined) ? 1 : 0);
    if (matched !== 1) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, matched === 0
            ? "must match one of: LegacyRestoreJobPage, LegacyRestoreJob"
            : "must match only one of: LegacyRestoreJobPage, LegacyRestoreJob");
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyRestoreJobCreated}. Never throws. */
export function isLegacyRestoreJobCreated(value) {
    return runCheck(checkLegacyRestoreJobCreated, value);
}
/** Every way `value` fails to be a valid {@link LegacyRestoreJobCreated}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyRestoreJobCreated(value) {
    return collectProblems(checkLegacyRestoreJobCreated, value);
}
/** Checks a value against {@link LegacyRestoreJobPage}. Used by {@link isLegacyRestoreJobPage} and {@link validateLegacyRestoreJobPage}. */
export function checkLegacyRestoreJobPage(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
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
        const results = value["results"];
        if (results === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/results", "is required");
        }
        else {
            if (!Array.isArray(results)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/results", "must be an array");
            }
            else {
                for (let index2 = 0; index2 < results.length; index2++) {
                    const item2 = results[index2];
                    if (!checkLegacyRestoreJob(item2, path + "/results" + "/" + index2, problems)) {
                        if (problems === undefined)
                            return false;
                        valid = false;
                    }
                }
            }
        }
        const totalCount = value["totalCount"];
        if (totalCount !== undefined) {
            if (typeof totalCount !== "number" || !Number.isInteger(totalCount)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/totalCount", "must be an integer");
            }
            else {
                if (totalCount < 0) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/totalCount", "must be at least 0");
                }
                if (!isInt32(totalCount)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/totalCount", "must be a 32-bit integer");
                }
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyRestoreJobPage}. Never throws. */
export function isLegacyRestoreJobPage(value) {
    return runCheck(checkLegacyRestoreJobPage, value);
}
/** Every way `value` fails to be a valid {@link LegacyRestoreJobPage}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyRestoreJobPage(value) {
    return collectProblems(checkLegacyRestoreJobPage, value);
}
/** Checks a value against {@link LegacyRestoreJob}. Used by {@link isLegacyRestoreJob} and {@link validateLegacyRestoreJob}. */
export function checkLegacyRestoreJob(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const batchId = value["batchId"];
        if (batchId !== undefined) {
            if (typeof batchId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/batchId", "must be a string");
            }
        }
        const clusterId = value["clusterId"];
        if (clusterId !== undefined) {
            if (typeof clusterId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/clusterId", "must be a string");
            }
        }
        const created = value["created"];
        if (created !== undefined) {
            if (typeof created !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/created", "must be a string");
            }
            else {
                if (!isDateTime(created)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/created", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
        const delivery = value["delivery"];
        if (delivery === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/delivery", "is required");
        }
        else {
            if (!checkLegacyRestoreJobDelivery(delivery, path + "/delivery", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
        const encryptionEnabled = value["encryptionEnabled"];
        if (encryptionEnabled !== undefined) {
            if (typeof encryptionEnabled !== "boolean") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/encryptionEnabled", "must be a boolean");
            }
        }
        const groupId = value["groupId"];
        if (groupId !== undefined) {
            if (typeof groupId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/groupId", "must be a string");
            }
        }
        const hashes = value["hashes"];
        if (hashes !== undefined) {
            if (!Array.isArray(hashes)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/hashes", "must be an array");
            }
            else {
                for (let index = 0; index < hashes.length; index++) {
                    const item = hashes[index];
                    if (!checkLegacyRestoreFileHash(item, path + "/hashes" + "/" + index, problems)) {
                        if (problems === undefined)
                            return false;
                        valid = false;
                    }
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
        const masterKeyUUID = value["masterKeyUUID"];
        if (masterKeyUUID !== undefined) {
            if (typeof masterKeyUUID !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/masterKeyUUID", "must be a string");
            }
            else {
                if (!isUuid(masterKeyUUID)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/masterKeyUUID", "must be a UUID");
                }
            }
        }
        const snapshotId = value["snapshotId"];
        if (snapshotId !== undefined) {
            if (typeof snapshotId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/snapshotId", "must be a string");
            }
        }
        const statusName = value["statusName"];
        if (statusName !== undefined) {
            if (statusName !== "FINISHED" &&
                statusName !== "IN_PROGRESS" &&
                statusName !== "BROKEN" &&
                statusName !== "KILLED") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/statusName", 'must be one of "FINISHED", "IN_PROGRESS", "BROKEN", "KILLED"');
            }
        }
        const timestamp = value["timestamp"];
        if (timestamp !== undefined) {
            if (!checkLegacyOplogTimestamp(timestamp, path + "/timestamp", problems)) {
                if (problems === undefined)
                    return false;
                valid = false;
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyRestoreJob}. Never throws. */
export function isLegacyRestoreJob(value) {
    return runCheck(checkLegacyRestoreJob, value);
}
/** Every way `value` fails to be a valid {@link LegacyRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyRestoreJob(value) {
    return collectProblems(checkLegacyRestoreJob, value);
}
/** Checks a value against {@link LegacyRestoreJobDelivery}. Used by {@link isLegacyRestoreJobDelivery} and {@link validateLegacyRestoreJobDelivery}. */
export function checkLegacyRestoreJobDelivery(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const expirationHours = value["expirationHours"];
        if (expirationHours !== undefined) {
            if (typeof expirationHours !== "number" || !Number.isInteger(expirationHours)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/expirationHours", "must be an integer");
            }
            else {
                if (expirationHours < 1) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/expirationHours", "must be at least 1");
                }
                if (!isInt32(expirationHours)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/expirationHours", "must be a 32-bit integer");
                }
            }
        }
        const expires = value["expires"];
        if (expires !== undefined) {
            if (typeof expires !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/expires", "must be a string");
            }
            else {
                if (!isDateTime(expires)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/expires", "must be a date-time (RFC 3339, with a time zone)");
                }
            }
        }
        const maxDownloads = value["maxDownloads"];
        if (maxDownloads !== undefined) {
            if (typeof maxDownloads !== "number" || !Number.isInteger(maxDownloads)) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/maxDownloads", "must be an integer");
            }
            else {
                if (maxDownloads < 1) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/maxDownloads", "must be at least 1");
                }
                if (!isInt32(maxDownloads)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/maxDownloads", "must be a 32-bit integer");
                }
            }
        }
        const methodName = value["methodName"];
        if (methodName === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/methodName", "is required");
        }
        else {
            if (methodName !== "HTTP" &&
                methodName !== "QUERY" &&
                methodName !== "AUTOMATED_RESTORE" &&
                methodName !== "CLIENT_PIT_HTTP" &&
                methodName !== "THIRD_PARTY_COPY" &&
                methodName !== "CLIENT_PIT_SCP" &&
                methodName !== "SCP") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/methodName", 'must be one of "HTTP", "QUERY", "AUTOMATED_RESTORE", "CLIENT_PIT_HTTP", "THIRD_PARTY_COPY", "CLIENT_PIT_SCP", "SCP"');
            }
        }
        const statusName = value["statusName"];
        if (statusName !== undefined) {
            if (statusName !== "NOT_STARTED" &&
                statusName !== "IN_PROGRESS" &&
                statusName !== "READY" &&
                statusName !== "FAILED" &&
                statusName !== "INTERRUPTED" &&
                statusName !== "EXPIRED" &&
                statusName !== "MAX_DOWNLOADS_EXCEEDED" &&
                statusName !== "PENDING") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/statusName", 'must be one of "NOT_STARTED", "IN_PROGRESS", "READY", "FAILED", "INTERRUPTED", "EXPIRED", "MAX_DOWNLOADS_EXCEEDED", "PENDING"');
            }
        }
        const url = value["url"];
        if (url !== undefined) {
            if (typeof url !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/url", "must be a string");
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyRestoreJobDelivery}. Never throws. */
export function isLegacyRestoreJobDelivery(value) {
    return runCheck(checkLegacyRestoreJobDelivery, value);
}
/** Every way `value` fails to be a valid {@link LegacyRestoreJobDelivery}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyRestoreJobDelivery(value) {
    return collectProblems(checkLegacyRestoreJobDelivery, value);
}
/** Checks a value against {@link LegacyRestoreFileHash}. Used by {@link isLegacyRestoreFileHash} and {@link validateLegacyRestoreFileHash}. */
export function checkLegacyRestoreFileHash(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const typeName = value["typeName"];
        if (typeName !== undefined) {
            if (typeName !== "SHA1") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/typeName", 'must be "SHA1"');
            }
        }
        const fileName = value["fileName"];
        if (fileName !== undefined) {
            if (typeof fileName !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/fileName", "must be a string");
            }
        }
        const hash = value["hash"];
        if (hash !== undefined) {
            if (typeof hash !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/hash", "must be a string");
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyRestoreFileHash}. Never throws. */
export function isLegacyRestoreFileHash(value) {
    return runCheck(checkLegacyRestoreFileHash, value);
}
/** Every way `value` fails to be a valid {@link LegacyRestoreFileHash}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyRestoreFileHash(value) {
    return collectProblems(checkLegacyRestoreFileHash, value);
}
/** Checks a value against {@link LegacyOplogTimestamp}. Used by {@link isLegacyOplogTimestamp} and {@link validateLegacyOplogTimestamp}. */
export function checkLegacyOplogTimestamp(value, path, problems) {
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
            const matched = (checkLegacyOplogTimestampVariant(increment, path + "/increment", undefined) ? 1 : 0) +
                (checkLegacyOplogTimestampVariant2(increment, path + "/increment", undefined) ? 1 : 0);
            if (matched !== 1) {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/increment", matched === 0
                    ? "must match one of: an integer, a string"
                    : "must match only one of: an integer, a string");
            }
        }
    }
    return valid;
}
/** Whether `value` is a valid {@link LegacyOplogTimestamp}. Never throws. */
export function isLegacyOplogTimestamp(value) {
    return runCheck(checkLegacyOplogTimestamp, value);
}
/** Every way `value` fails to be a valid {@link LegacyOplogTimestamp}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export function validateLegacyOplogTimestamp(value) {
    return collectProblems(checkLegacyOplogTimestamp, value);
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
    "GET /api/atlas/v1.0/groups/{GROUP-ID}/clusters/{CLUSTER-NAME}/backup/restoreJobs application/json": checkCloudBackupRestoreJobPage,
    "GET /api/atlas/v1.0/groups/{GROUP-ID}/clusters/{CLUSTER-NAME}/backup/restoreJobs/{RESTORE-JOB-ID} application/json": checkCloudBackupRestoreJob,
    "POST /api/atlas/v1.0/groups/{GROUP-ID}/clusters/{CLUSTER-NAME}/restoreJobs application/json": checkLegacyRestoreJobCreated,
};
/** Checks one inline variant (an object with targetClusterName). */
function checkLegacyAutomatedDeliveryVariant(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const targetClusterName = value["targetClusterName"];
        if (targetClusterName === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetClusterName", "is required");
        }
        else {
            if (typeof targetClusterName !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/targetClusterName", "must be a string");
            }
            else {
                if (stringLength(targetClusterName) < 1) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/targetClusterName", "must be at least 1 character long");
                }
                if (targetClusterName.length > 64 && stringLength(targetClusterName) > 64) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/targetClusterName", "must be at most 64 characters long");
                }
                if (!pattern3.test(targetClusterName)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/targetClusterName", "must match the pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$");
                }
            }
        }
        if (value["targetClusterId"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetClusterId", "must not be present");
        }
    }
    return valid;
}
/** Checks one inline variant (an object with targetClusterId). */
function checkLegacyAutomatedDeliveryVariant2(value, path, problems) {
    let valid = true;
    if (!isRecord(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an object");
    }
    else {
        const targetClusterId = value["targetClusterId"];
        if (targetClusterId === undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetClusterId", "is required");
        }
        else {
            if (typeof targetClusterId !== "string") {
                if (problems === undefined)
                    return false;
                valid = report(problems, path + "/targetClusterId", "must be a string");
            }
            else {
                if (!pattern1.test(targetClusterId)) {
                    if (problems === undefined)
                        return false;
                    valid = report(problems, path + "/targetClusterId", "must match the pattern ^([a-f0-9]{24})$");
                }
            }
        }
        if (value["targetClusterName"] !== undefined) {
            if (problems === undefined)
                return false;
            valid = report(problems, path + "/targetClusterName", "must not be present");
        }
    }
    return valid;
}
/** Checks one inline variant (an integer). */
function checkLegacyOplogTimestampVariant(value, path, problems) {
    let valid = true;
    if (typeof value !== "number" || !Number.isInteger(value)) {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be an integer");
    }
    else {
        if (!isInt32(value)) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must be a 32-bit integer");
        }
    }
    return valid;
}
/** Checks one inline variant (a string). */
function checkLegacyOplogTimestampVariant2(value, path, problems) {
    let valid = true;
    if (typeof value !== "string") {
        if (problems === undefined)
            return false;
        valid = report(problems, path, "must be a string");
    }
    else {
        if (!pattern2.test(value)) {
            if (problems === undefined)
                return false;
            valid = report(problems, path, "must match the pattern ^[0-9]+$");
        }
    }
    return valid;
}
