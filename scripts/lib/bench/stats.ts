// Latency figures for the benchmark: nearest-rank percentiles over every sample, no sampling.

export interface Sample {
  /** Which figure it counts towards, e.g. "career page". */
  label: string;
  ms: number;
  status: number;
  /** Whether the answer was what was asked for; by default, whether the status is 200. */
  ok?: boolean;
  /** Why there was no answer (status 0): the socket's error. */
  note?: string;
  /** The answer's body in bytes. */
  bytes?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface Summary {
  label: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  serverErrors: number;
}

const answered = (s: Sample) => s.ok ?? s.status === 200;

export function summarise(label: string, samples: Sample[], seconds: number): Summary {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    label,
    requests: samples.length,
    perSecond: samples.length / seconds,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? Number.NaN,
    errors: samples.filter((s) => !answered(s)).length,
    serverErrors: samples.filter((s) => s.status >= 500 || s.status === 0).length,
  };
}

/** Every label on its own, then all of them together. */
export function summariseByLabel(samples: Sample[], seconds: number): Summary[] {
  const labels = [...new Set(samples.map((s) => s.label))];
  const rows = labels.map((label) => summarise(label, samples.filter((s) => s.label === label), seconds));
  return labels.length > 1 ? [...rows, summarise("all", samples, seconds)] : rows;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const fixed = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");

export function printTable(summaries: Summary[]): void {
  const head = `${"".padEnd(18)}${pad("requests", 9)}${pad("req/s", 8)}${pad("p50 ms", 8)}${pad("p95 ms", 8)}${pad("p99 ms", 8)}${pad("max ms", 8)}${pad("errors", 8)}${pad("5xx", 6)}`;
  console.log(head);
  for (const s of summaries) {
    console.log(
      `${s.label.padEnd(18)}${pad(s.requests, 9)}${pad(s.perSecond.toFixed(0), 8)}${pad(fixed(s.p50), 8)}${pad(fixed(s.p95), 8)}${pad(fixed(s.p99), 8)}${pad(fixed(s.max), 8)}${pad(s.errors, 8)}${pad(s.serverErrors, 6)}`,
    );
  }
}
