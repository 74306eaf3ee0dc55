// Hand-written zod schemas equivalent to two unions of spec/atlas-v2.yaml, for the guards benchmark:
// the restore job (`CloudBackupRestoreJob`) and the create request (`CreateBackupRestoreJobRequest`).
// Same constraints as the spec: required fields, patterns, lengths, date-time and int32 formats,
// minimums, the `deliveryType` discriminant, and the fields a variant forbids (`oplogTs: false` in
// the spec is `z.never().optional()` here). Unknown members are allowed, as in the spec (zod strips
// them from its output). bench/guards.ts checks that these agree with Ajv on every payload it times.
import { z } from "zod";

const hexId = z
  .string()
  .min(24)
  .max(24)
  .regex(/^([a-f0-9]{24})$/u);
const clusterName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9-]*$/u);
const dateTime = z.iso.datetime({ offset: true });
const epochSeconds = z.int32().min(1199145600);
const forbidden = z.never().optional();

// ----- restore job (response) -----

const link = z.object({ href: z.string().optional(), rel: z.string().optional() });

const privateDownloadDeliveryUrl = z.object({
  deliveryUrl: z.string().optional(),
  endpointId: z
    .string()
    .regex(/^vpce-[0-9a-f]{17}$/u)
    .optional(),
});

const restoreJobComponent = z.object({
  downloadUrl: z.string().nullable().optional(),
  privateDownloadDeliveryUrls: z.array(privateDownloadDeliveryUrl).optional(),
  replicaSetName: z.string().optional(),
});

const bsonTimestamp = z.object({ date: dateTime.optional(), increment: z.int32().optional() });

const jobBase = {
  cancelled: z.boolean().optional(),
  components: z.array(restoreJobComponent).optional(),
  desiredTimestamp: bsonTimestamp.optional(),
  expired: z.boolean().optional(),
  expiresAt: dateTime.optional(),
  failed: z.boolean().optional(),
  finishedAt: dateTime.optional(),
  id: hexId.optional(),
  links: z.array(link).optional(),
  timestamp: dateTime.optional(),
};

const automatedJob = z.object({
  ...jobBase,
  deliveryType: z.literal("automated"),
  snapshotId: hexId.optional(),
  targetClusterName: clusterName.optional(),
  targetGroupId: hexId.optional(),
});

const downloadJob = z.object({
  ...jobBase,
  deliveryType: z.literal("download"),
  snapshotId: hexId.optional(),
  deliveryUrl: z.array(z.string()).optional(),
  privateDownloadDeliveryUrls: z.array(privateDownloadDeliveryUrl).optional(),
});

const pointInTimeJob = z.object({
  ...jobBase,
  deliveryType: z.literal("pointInTime"),
  oplogTs: epochSeconds.optional(),
  oplogInc: z.int32().min(1).optional(),
  pointInTimeUTCSeconds: epochSeconds.optional(),
  targetClusterName: clusterName.optional(),
  targetGroupId: hexId.optional(),
});

export const cloudBackupRestoreJob = z.discriminatedUnion("deliveryType", [automatedJob, downloadJob, pointInTimeJob]);

// ----- create request -----

const automatedRequest = z.object({
  deliveryType: z.literal("automated"),
  snapshotId: hexId,
  targetClusterName: clusterName,
  targetGroupId: hexId,
  oplogTs: forbidden,
  oplogInc: forbidden,
  pointInTimeUTCSeconds: forbidden,
});

const downloadRequest = z.object({
  deliveryType: z.literal("download"),
  snapshotId: hexId,
  oplogTs: forbidden,
  oplogInc: forbidden,
  pointInTimeUTCSeconds: forbidden,
});

// The spec's allOf + oneOf(PointInTimeBySeconds, PointInTimeByOplog): a moment in epoch seconds, or an
// oplog timestamp (both halves), never both. zod's discriminated union takes no nested plain union, so
// the "exactly one of" is a refinement (the two branches forbid each other's fields, so oneOf is xor).
const pointInTimeRequest = z
  .object({
    deliveryType: z.literal("pointInTime"),
    targetClusterName: clusterName,
    targetGroupId: hexId,
    snapshotId: forbidden,
    pointInTimeUTCSeconds: epochSeconds.optional(),
    oplogTs: epochSeconds.optional(),
    oplogInc: z.int32().min(1).optional(),
  })
  .refine(
    (value) =>
      value.pointInTimeUTCSeconds !== undefined
        ? value.oplogTs === undefined && value.oplogInc === undefined
        : value.oplogTs !== undefined && value.oplogInc !== undefined,
    { message: "give either pointInTimeUTCSeconds or oplogTs with oplogInc" },
  );

export const createBackupRestoreJobRequest = z.discriminatedUnion("deliveryType", [automatedRequest, downloadRequest, pointInTimeRequest]);
