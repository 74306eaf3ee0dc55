import type { ApiError, AutomatedCloudBackupRestoreJob, AutomatedRestoreJobRequest, BadRequestDetail, BsonTimestamp, CloudBackupRestoreJob, CloudBackupRestoreJobBase, CreateBackupRestoreJobRequest, DownloadCloudBackupRestoreJob, DownloadRestoreJobRequest, DownloadTenantRestoreJob, FieldViolation, Link, PointInTimeByOplog, PointInTimeBySeconds, PointInTimeCloudBackupRestoreJob, PointInTimeRestoreJobRequest, PrivateDownloadDeliveryUrl, RestoreJobComponent, RestoreTenantRestoreJob, SnapshotId, TargetClusterName, TargetGroupId, TenantRestoreJob, TenantRestoreJobBase } from "./types.js";
import { type Check, type ValidationProblem } from "../runtime/index.js";
/** Checks a value against {@link CreateBackupRestoreJobRequest}. Used by {@link isCreateBackupRestoreJobRequest} and {@link validateCreateBackupRestoreJobRequest}. */
export declare function checkCreateBackupRestoreJobRequest(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link CreateBackupRestoreJobRequest}. Never throws. */
export declare function isCreateBackupRestoreJobRequest(value: unknown): value is CreateBackupRestoreJobRequest;
/** Every way `value` fails to be a valid {@link CreateBackupRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateCreateBackupRestoreJobRequest(value: unknown): ValidationProblem[];
/** Checks a value against {@link AutomatedRestoreJobRequest}. Used by {@link isAutomatedRestoreJobRequest} and {@link validateAutomatedRestoreJobRequest}. */
export declare function checkAutomatedRestoreJobRequest(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link AutomatedRestoreJobRequest}. Never throws. */
export declare function isAutomatedRestoreJobRequest(value: unknown): value is AutomatedRestoreJobRequest;
/** Every way `value` fails to be a valid {@link AutomatedRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateAutomatedRestoreJobRequest(value: unknown): ValidationProblem[];
/** Checks a value against {@link DownloadRestoreJobRequest}. Used by {@link isDownloadRestoreJobRequest} and {@link validateDownloadRestoreJobRequest}. */
export declare function checkDownloadRestoreJobRequest(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link DownloadRestoreJobRequest}. Never throws. */
export declare function isDownloadRestoreJobRequest(value: unknown): value is DownloadRestoreJobRequest;
/** Every way `value` fails to be a valid {@link DownloadRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateDownloadRestoreJobRequest(value: unknown): ValidationProblem[];
/** Checks a value against {@link PointInTimeRestoreJobRequest}. Used by {@link isPointInTimeRestoreJobRequest} and {@link validatePointInTimeRestoreJobRequest}. */
export declare function checkPointInTimeRestoreJobRequest(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link PointInTimeRestoreJobRequest}. Never throws. */
export declare function isPointInTimeRestoreJobRequest(value: unknown): value is PointInTimeRestoreJobRequest;
/** Every way `value` fails to be a valid {@link PointInTimeRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validatePointInTimeRestoreJobRequest(value: unknown): ValidationProblem[];
/** Checks a value against {@link PointInTimeBySeconds}. Used by {@link isPointInTimeBySeconds} and {@link validatePointInTimeBySeconds}. */
export declare function checkPointInTimeBySeconds(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link PointInTimeBySeconds}. Never throws. */
export declare function isPointInTimeBySeconds(value: unknown): value is PointInTimeBySeconds;
/** Every way `value` fails to be a valid {@link PointInTimeBySeconds}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validatePointInTimeBySeconds(value: unknown): ValidationProblem[];
/** Checks a value against {@link PointInTimeByOplog}. Used by {@link isPointInTimeByOplog} and {@link validatePointInTimeByOplog}. */
export declare function checkPointInTimeByOplog(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link PointInTimeByOplog}. Never throws. */
export declare function isPointInTimeByOplog(value: unknown): value is PointInTimeByOplog;
/** Every way `value` fails to be a valid {@link PointInTimeByOplog}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validatePointInTimeByOplog(value: unknown): ValidationProblem[];
/** Checks a value against {@link SnapshotId}. Used by {@link isSnapshotId} and {@link validateSnapshotId}. */
export declare function checkSnapshotId(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link SnapshotId}. Never throws. */
export declare function isSnapshotId(value: unknown): value is SnapshotId;
/** Every way `value` fails to be a valid {@link SnapshotId}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateSnapshotId(value: unknown): ValidationProblem[];
/** Checks a value against {@link TargetClusterName}. Used by {@link isTargetClusterName} and {@link validateTargetClusterName}. */
export declare function checkTargetClusterName(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link TargetClusterName}. Never throws. */
export declare function isTargetClusterName(value: unknown): value is TargetClusterName;
/** Every way `value` fails to be a valid {@link TargetClusterName}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateTargetClusterName(value: unknown): ValidationProblem[];
/** Checks a value against {@link TargetGroupId}. Used by {@link isTargetGroupId} and {@link validateTargetGroupId}. */
export declare function checkTargetGroupId(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link TargetGroupId}. Never throws. */
export declare function isTargetGroupId(value: unknown): value is TargetGroupId;
/** Every way `value` fails to be a valid {@link TargetGroupId}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateTargetGroupId(value: unknown): ValidationProblem[];
/** Checks a value against {@link CloudBackupRestoreJob}. Used by {@link isCloudBackupRestoreJob} and {@link validateCloudBackupRestoreJob}. */
export declare function checkCloudBackupRestoreJob(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link CloudBackupRestoreJob}. Never throws. */
export declare function isCloudBackupRestoreJob(value: unknown): value is CloudBackupRestoreJob;
/** Every way `value` fails to be a valid {@link CloudBackupRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateCloudBackupRestoreJob(value: unknown): ValidationProblem[];
/** Checks a value against {@link CloudBackupRestoreJobBase}. Used by {@link isCloudBackupRestoreJobBase} and {@link validateCloudBackupRestoreJobBase}. */
export declare function checkCloudBackupRestoreJobBase(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link CloudBackupRestoreJobBase}. Never throws. */
export declare function isCloudBackupRestoreJobBase(value: unknown): value is CloudBackupRestoreJobBase;
/** Every way `value` fails to be a valid {@link CloudBackupRestoreJobBase}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateCloudBackupRestoreJobBase(value: unknown): ValidationProblem[];
/** Checks a value against {@link AutomatedCloudBackupRestoreJob}. Used by {@link isAutomatedCloudBackupRestoreJob} and {@link validateAutomatedCloudBackupRestoreJob}. */
export declare function checkAutomatedCloudBackupRestoreJob(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link AutomatedCloudBackupRestoreJob}. Never throws. */
export declare function isAutomatedCloudBackupRestoreJob(value: unknown): value is AutomatedCloudBackupRestoreJob;
/** Every way `value` fails to be a valid {@link AutomatedCloudBackupRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateAutomatedCloudBackupRestoreJob(value: unknown): ValidationProblem[];
/** Checks a value against {@link DownloadCloudBackupRestoreJob}. Used by {@link isDownloadCloudBackupRestoreJob} and {@link validateDownloadCloudBackupRestoreJob}. */
export declare function checkDownloadCloudBackupRestoreJob(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link DownloadCloudBackupRestoreJob}. Never throws. */
export declare function isDownloadCloudBackupRestoreJob(value: unknown): value is DownloadCloudBackupRestoreJob;
/** Every way `value` fails to be a valid {@link DownloadCloudBackupRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateDownloadCloudBackupRestoreJob(value: unknown): ValidationProblem[];
/** Checks a value against {@link PointInTimeCloudBackupRestoreJob}. Used by {@link isPointInTimeCloudBackupRestoreJob} and {@link validatePointInTimeCloudBackupRestoreJob}. */
export declare function checkPointInTimeCloudBackupRestoreJob(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link PointInTimeCloudBackupRestoreJob}. Never throws. */
export declare function isPointInTimeCloudBackupRestoreJob(value: unknown): value is PointInTimeCloudBackupRestoreJob;
/** Every way `value` fails to be a valid {@link PointInTimeCloudBackupRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validatePointInTimeCloudBackupRestoreJob(value: unknown): ValidationProblem[];
/** Checks a value against {@link RestoreJobComponent}. Used by {@link isRestoreJobComponent} and {@link validateRestoreJobComponent}. */
export declare function checkRestoreJobComponent(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link RestoreJobComponent}. Never throws. */
export declare function isRestoreJobComponent(value: unknown): value is RestoreJobComponent;
/** Every way `value` fails to be a valid {@link RestoreJobComponent}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateRestoreJobComponent(value: unknown): ValidationProblem[];
/** Checks a value against {@link PrivateDownloadDeliveryUrl}. Used by {@link isPrivateDownloadDeliveryUrl} and {@link validatePrivateDownloadDeliveryUrl}. */
export declare function checkPrivateDownloadDeliveryUrl(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link PrivateDownloadDeliveryUrl}. Never throws. */
export declare function isPrivateDownloadDeliveryUrl(value: unknown): value is PrivateDownloadDeliveryUrl;
/** Every way `value` fails to be a valid {@link PrivateDownloadDeliveryUrl}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validatePrivateDownloadDeliveryUrl(value: unknown): ValidationProblem[];
/** Checks a value against {@link BsonTimestamp}. Used by {@link isBsonTimestamp} and {@link validateBsonTimestamp}. */
export declare function checkBsonTimestamp(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link BsonTimestamp}. Never throws. */
export declare function isBsonTimestamp(value: unknown): value is BsonTimestamp;
/** Every way `value` fails to be a valid {@link BsonTimestamp}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateBsonTimestamp(value: unknown): ValidationProblem[];
/** Checks a value against {@link TenantRestoreJob}. Used by {@link isTenantRestoreJob} and {@link validateTenantRestoreJob}. */
export declare function checkTenantRestoreJob(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link TenantRestoreJob}. Never throws. */
export declare function isTenantRestoreJob(value: unknown): value is TenantRestoreJob;
/** Every way `value` fails to be a valid {@link TenantRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateTenantRestoreJob(value: unknown): ValidationProblem[];
/** Checks a value against {@link TenantRestoreJobBase}. Used by {@link isTenantRestoreJobBase} and {@link validateTenantRestoreJobBase}. */
export declare function checkTenantRestoreJobBase(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link TenantRestoreJobBase}. Never throws. */
export declare function isTenantRestoreJobBase(value: unknown): value is TenantRestoreJobBase;
/** Every way `value` fails to be a valid {@link TenantRestoreJobBase}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateTenantRestoreJobBase(value: unknown): ValidationProblem[];
/** Checks a value against {@link RestoreTenantRestoreJob}. Used by {@link isRestoreTenantRestoreJob} and {@link validateRestoreTenantRestoreJob}. */
export declare function checkRestoreTenantRestoreJob(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link RestoreTenantRestoreJob}. Never throws. */
export declare function isRestoreTenantRestoreJob(value: unknown): value is RestoreTenantRestoreJob;
/** Every way `value` fails to be a valid {@link RestoreTenantRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateRestoreTenantRestoreJob(value: unknown): ValidationProblem[];
/** Checks a value against {@link DownloadTenantRestoreJob}. Used by {@link isDownloadTenantRestoreJob} and {@link validateDownloadTenantRestoreJob}. */
export declare function checkDownloadTenantRestoreJob(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link DownloadTenantRestoreJob}. Never throws. */
export declare function isDownloadTenantRestoreJob(value: unknown): value is DownloadTenantRestoreJob;
/** Every way `value` fails to be a valid {@link DownloadTenantRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateDownloadTenantRestoreJob(value: unknown): ValidationProblem[];
/** Checks a value against {@link ApiError}. Used by {@link isApiError} and {@link validateApiError}. */
export declare function checkApiError(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link ApiError}. Never throws. */
export declare function isApiError(value: unknown): value is ApiError;
/** Every way `value` fails to be a valid {@link ApiError}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateApiError(value: unknown): ValidationProblem[];
/** Checks a value against {@link Link}. Used by {@link isLink} and {@link validateLink}. */
export declare function checkLink(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link Link}. Never throws. */
export declare function isLink(value: unknown): value is Link;
/** Every way `value` fails to be a valid {@link Link}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLink(value: unknown): ValidationProblem[];
/** Checks a value against {@link BadRequestDetail}. Used by {@link isBadRequestDetail} and {@link validateBadRequestDetail}. */
export declare function checkBadRequestDetail(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link BadRequestDetail}. Never throws. */
export declare function isBadRequestDetail(value: unknown): value is BadRequestDetail;
/** Every way `value` fails to be a valid {@link BadRequestDetail}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateBadRequestDetail(value: unknown): ValidationProblem[];
/** Checks a value against {@link FieldViolation}. Used by {@link isFieldViolation} and {@link validateFieldViolation}. */
export declare function checkFieldViolation(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link FieldViolation}. Never throws. */
export declare function isFieldViolation(value: unknown): value is FieldViolation;
/** Every way `value` fails to be a valid {@link FieldViolation}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateFieldViolation(value: unknown): ValidationProblem[];
/** The check of each operation's success body, for `createClient({ validateResponses, validators })`. */
export declare const responseValidators: Readonly<Record<string, Check>>;
