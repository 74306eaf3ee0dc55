import type { ApiError, AutomatedCloudBackupRestoreJob, BadRequestDetail, CloudBackupRestoreJob, CloudBackupRestoreJobBase, CloudBackupRestoreJobPage, CreateLegacyRestoreJobRequest, DownloadCloudBackupRestoreJob, FieldViolation, LegacyAutomatedDelivery, LegacyAutomatedRestoreJobRequest, LegacyCheckpointRestorePoint, LegacyDownloadRestoreJobRequest, LegacyHttpDelivery, LegacyOplogRestorePoint, LegacyOplogTimestamp, LegacyPointInTimeRestorePoint, LegacyRestoreFileHash, LegacyRestoreJob, LegacyRestoreJobCreated, LegacyRestoreJobDelivery, LegacyRestoreJobPage, LegacyRestorePoint, LegacySnapshotRestorePoint, Link, PointInTimeCloudBackupRestoreJob, RestoreJobComponent } from "./types.js";
import { type Check, type ValidationProblem } from "../runtime/index.js";
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
/** Checks a value against {@link CloudBackupRestoreJobPage}. Used by {@link isCloudBackupRestoreJobPage} and {@link validateCloudBackupRestoreJobPage}. */
export declare function checkCloudBackupRestoreJobPage(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link CloudBackupRestoreJobPage}. Never throws. */
export declare function isCloudBackupRestoreJobPage(value: unknown): value is CloudBackupRestoreJobPage;
/** Every way `value` fails to be a valid {@link CloudBackupRestoreJobPage}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateCloudBackupRestoreJobPage(value: unknown): ValidationProblem[];
/** Checks a value against {@link CreateLegacyRestoreJobRequest}. Used by {@link isCreateLegacyRestoreJobRequest} and {@link validateCreateLegacyRestoreJobRequest}. */
export declare function checkCreateLegacyRestoreJobRequest(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link CreateLegacyRestoreJobRequest}. Never throws. */
export declare function isCreateLegacyRestoreJobRequest(value: unknown): value is CreateLegacyRestoreJobRequest;
/** Every way `value` fails to be a valid {@link CreateLegacyRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateCreateLegacyRestoreJobRequest(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyDownloadRestoreJobRequest}. Used by {@link isLegacyDownloadRestoreJobRequest} and {@link validateLegacyDownloadRestoreJobRequest}. */
export declare function checkLegacyDownloadRestoreJobRequest(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyDownloadRestoreJobRequest}. Never throws. */
export declare function isLegacyDownloadRestoreJobRequest(value: unknown): value is LegacyDownloadRestoreJobRequest;
/** Every way `value` fails to be a valid {@link LegacyDownloadRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyDownloadRestoreJobRequest(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyAutomatedRestoreJobRequest}. Used by {@link isLegacyAutomatedRestoreJobRequest} and {@link validateLegacyAutomatedRestoreJobRequest}. */
export declare function checkLegacyAutomatedRestoreJobRequest(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyAutomatedRestoreJobRequest}. Never throws. */
export declare function isLegacyAutomatedRestoreJobRequest(value: unknown): value is LegacyAutomatedRestoreJobRequest;
/** Every way `value` fails to be a valid {@link LegacyAutomatedRestoreJobRequest}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyAutomatedRestoreJobRequest(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyHttpDelivery}. Used by {@link isLegacyHttpDelivery} and {@link validateLegacyHttpDelivery}. */
export declare function checkLegacyHttpDelivery(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyHttpDelivery}. Never throws. */
export declare function isLegacyHttpDelivery(value: unknown): value is LegacyHttpDelivery;
/** Every way `value` fails to be a valid {@link LegacyHttpDelivery}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyHttpDelivery(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyAutomatedDelivery}. Used by {@link isLegacyAutomatedDelivery} and {@link validateLegacyAutomatedDelivery}. */
export declare function checkLegacyAutomatedDelivery(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyAutomatedDelivery}. Never throws. */
export declare function isLegacyAutomatedDelivery(value: unknown): value is LegacyAutomatedDelivery;
/** Every way `value` fails to be a valid {@link LegacyAutomatedDelivery}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyAutomatedDelivery(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyRestorePoint}. Used by {@link isLegacyRestorePoint} and {@link validateLegacyRestorePoint}. */
export declare function checkLegacyRestorePoint(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyRestorePoint}. Never throws. */
export declare function isLegacyRestorePoint(value: unknown): value is LegacyRestorePoint;
/** Every way `value` fails to be a valid {@link LegacyRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyRestorePoint(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacySnapshotRestorePoint}. Used by {@link isLegacySnapshotRestorePoint} and {@link validateLegacySnapshotRestorePoint}. */
export declare function checkLegacySnapshotRestorePoint(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacySnapshotRestorePoint}. Never throws. */
export declare function isLegacySnapshotRestorePoint(value: unknown): value is LegacySnapshotRestorePoint;
/** Every way `value` fails to be a valid {@link LegacySnapshotRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacySnapshotRestorePoint(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyCheckpointRestorePoint}. Used by {@link isLegacyCheckpointRestorePoint} and {@link validateLegacyCheckpointRestorePoint}. */
export declare function checkLegacyCheckpointRestorePoint(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyCheckpointRestorePoint}. Never throws. */
export declare function isLegacyCheckpointRestorePoint(value: unknown): value is LegacyCheckpointRestorePoint;
/** Every way `value` fails to be a valid {@link LegacyCheckpointRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyCheckpointRestorePoint(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyOplogRestorePoint}. Used by {@link isLegacyOplogRestorePoint} and {@link validateLegacyOplogRestorePoint}. */
export declare function checkLegacyOplogRestorePoint(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyOplogRestorePoint}. Never throws. */
export declare function isLegacyOplogRestorePoint(value: unknown): value is LegacyOplogRestorePoint;
/** Every way `value` fails to be a valid {@link LegacyOplogRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyOplogRestorePoint(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyPointInTimeRestorePoint}. Used by {@link isLegacyPointInTimeRestorePoint} and {@link validateLegacyPointInTimeRestorePoint}. */
export declare function checkLegacyPointInTimeRestorePoint(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyPointInTimeRestorePoint}. Never throws. */
export declare function isLegacyPointInTimeRestorePoint(value: unknown): value is LegacyPointInTimeRestorePoint;
/** Every way `value` fails to be a valid {@link LegacyPointInTimeRestorePoint}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyPointInTimeRestorePoint(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyRestoreJobCreated}. Used by {@link isLegacyRestoreJobCreated} and {@link validateLegacyRestoreJobCreated}. */
export declare function checkLegacyRestoreJobCreated(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyRestoreJobCreated}. Never throws. */
export declare function isLegacyRestoreJobCreated(value: unknown): value is LegacyRestoreJobCreated;
/** Every way `value` fails to be a valid {@link LegacyRestoreJobCreated}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyRestoreJobCreated(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyRestoreJobPage}. Used by {@link isLegacyRestoreJobPage} and {@link validateLegacyRestoreJobPage}. */
export declare function checkLegacyRestoreJobPage(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyRestoreJobPage}. Never throws. */
export declare function isLegacyRestoreJobPage(value: unknown): value is LegacyRestoreJobPage;
/** Every way `value` fails to be a valid {@link LegacyRestoreJobPage}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyRestoreJobPage(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyRestoreJob}. Used by {@link isLegacyRestoreJob} and {@link validateLegacyRestoreJob}. */
export declare function checkLegacyRestoreJob(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyRestoreJob}. Never throws. */
export declare function isLegacyRestoreJob(value: unknown): value is LegacyRestoreJob;
/** Every way `value` fails to be a valid {@link LegacyRestoreJob}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyRestoreJob(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyRestoreJobDelivery}. Used by {@link isLegacyRestoreJobDelivery} and {@link validateLegacyRestoreJobDelivery}. */
export declare function checkLegacyRestoreJobDelivery(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyRestoreJobDelivery}. Never throws. */
export declare function isLegacyRestoreJobDelivery(value: unknown): value is LegacyRestoreJobDelivery;
/** Every way `value` fails to be a valid {@link LegacyRestoreJobDelivery}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyRestoreJobDelivery(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyRestoreFileHash}. Used by {@link isLegacyRestoreFileHash} and {@link validateLegacyRestoreFileHash}. */
export declare function checkLegacyRestoreFileHash(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyRestoreFileHash}. Never throws. */
export declare function isLegacyRestoreFileHash(value: unknown): value is LegacyRestoreFileHash;
/** Every way `value` fails to be a valid {@link LegacyRestoreFileHash}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyRestoreFileHash(value: unknown): ValidationProblem[];
/** Checks a value against {@link LegacyOplogTimestamp}. Used by {@link isLegacyOplogTimestamp} and {@link validateLegacyOplogTimestamp}. */
export declare function checkLegacyOplogTimestamp(value: unknown, path: string, problems: ValidationProblem[] | undefined): boolean;
/** Whether `value` is a valid {@link LegacyOplogTimestamp}. Never throws. */
export declare function isLegacyOplogTimestamp(value: unknown): value is LegacyOplogTimestamp;
/** Every way `value` fails to be a valid {@link LegacyOplogTimestamp}, each with a JSON pointer to where; empty when it is valid. Never throws. */
export declare function validateLegacyOplogTimestamp(value: unknown): ValidationProblem[];
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
