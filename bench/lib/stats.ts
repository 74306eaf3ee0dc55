// Small statistics over samples: every figure the benchmark prints is a median over rounds.

export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The p-th percentile (0..100) by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const ordered = sorted(values);
  const rank = (p / 100) * (ordered.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = ordered[low] ?? Number.NaN;
  const highValue = ordered[high] ?? Number.NaN;
  return lowValue + (highValue - lowValue) * (rank - low);
}

/** Percentile of a typed array sorted in place (for large latency samples). */
export function percentileSorted(ordered: Float64Array, p: number): number {
  if (ordered.length === 0) return Number.NaN;
  const rank = (p / 100) * (ordered.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = ordered[low] ?? Number.NaN;
  const highValue = ordered[high] ?? Number.NaN;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function min(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

/** Spread of the samples around their median, in percent: (max - min) / median. */
export function spreadPercent(values: readonly number[]): number {
  const m = median(values);
  return m === 0 ? 0 : ((max(values) - min(values)) / m) * 100;
}

/** Nanoseconds since an arbitrary origin, as a number (exact to well under a microsecond for hours). */
export function nowNs(): number {
  return Number(process.hrtime.bigint());
}
