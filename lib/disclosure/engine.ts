// Cell suppression for tables of small groups (docs/decisions/0032-disclosure-control.md).
//
// A view is a set of cells (counts) tied together by what a reader knows about them: a total is
// the sum of its parts (hired = women + men + …, ended = completed + dropped out), or is covered by
// them (ties: a trainee may have several). A count of people from 1 to 4 is hidden ("primary"); then
// every hidden or unshown count's possible values are narrowed the way a reader with a calculator
// would, from the shown cells and the sums, and while any small count comes out as one exact value,
// the smallest shown non-zero count next to it is hidden too ("secondary"). Pure and deterministic:
// the same figures give the same hidden cells in every view.

import { SMALL_LIMIT, isSmall, type CellStatus, type Table } from "./table";

export { SMALL_LIMIT, TableBuilder, isSmall, type CellSpec, type CellStatus, type Constraint, type Table } from "./table";

const SHOWN = 0;
const SMALL = 1;
const HIDDEN = 2;
const IMPLICIT = 3;
const STATUS_NAMES: CellStatus[] = ["shown", "small", "hidden", "implicit"];

/** The table with cells as indices: propagation runs thousands of times per report, so no strings or closures there. */
interface Compiled {
  ids: string[];
  value: Float64Array;
  people: Uint8Array;
  keep: Uint8Array;
  cover: Uint8Array;
  total: Int32Array;
  /** Parts of constraint k: parts[partStart[k] .. partStart[k + 1]). */
  partStart: Int32Array;
  parts: Int32Array;
  /** Each constraint's cells, total first; and the constraints each cell is in. */
  members: number[][];
  constraintsOf: number[][];
}

function compile(table: Table): Compiled {
  const ids = [...table.cells.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const specs = [...table.cells.values()];
  const partStart = new Int32Array(table.constraints.length + 1);
  table.constraints.forEach((c, k) => (partStart[k + 1] = partStart[k] + c.parts.length));
  const members = table.constraints.map((c) => [c.total, ...c.parts].map((id) => index.get(id)!));
  const constraintsOf: number[][] = ids.map(() => []);
  members.forEach((cells, k) => cells.forEach((cell) => constraintsOf[cell].push(k)));
  return {
    members,
    constraintsOf,
    ids,
    value: Float64Array.from(specs, (s) => s.value),
    people: Uint8Array.from(specs, (s) => (s.people ? 1 : 0)),
    keep: Uint8Array.from(specs, (s) => (s.keep ? 1 : 0)),
    cover: Uint8Array.from(table.constraints, (c) => (c.kind === "cover" ? 1 : 0)),
    total: Int32Array.from(table.constraints, (c) => index.get(c.total)!),
    partStart,
    parts: Int32Array.from(table.constraints.flatMap((c) => c.parts.map((p) => index.get(p)!))),
  };
}

/**
 * What a reader can work out of each cell: start from what is shown (the value; 1–4 for "<5";
 * ≥ 5 for a hidden count of people, since only non-zero cells are hidden and 1–4 would be "<5";
 * ≥ 0 for what no view shows), then narrow through every sum until nothing changes.
 */
function propagate(t: Compiled, status: Uint8Array, lo: Float64Array, hi: Float64Array): void {
  for (let i = 0; i < t.ids.length; i++) {
    const st = status[i];
    if (st === SHOWN) lo[i] = hi[i] = t.value[i];
    else if (st === SMALL) (lo[i] = 1), (hi[i] = SMALL_LIMIT - 1);
    else if (st === HIDDEN) (lo[i] = t.people[i] ? SMALL_LIMIT : 1), (hi[i] = Infinity);
    else (lo[i] = 0), (hi[i] = Infinity);
  }
  // A worklist: every sum once, then only the sums of a cell that narrowed, until none does.
  const count = t.total.length;
  const queue = new Int32Array(count + 1);
  const queued = new Uint8Array(count);
  let head = 0;
  let tail = 0;
  let size = 0;
  const push = (k: number) => {
    if (queued[k]) return;
    queued[k] = 1;
    queue[tail] = k;
    tail = (tail + 1) % queue.length;
    size++;
  };
  const changedCell = (cell: number) => {
    for (const k of t.constraintsOf[cell]) push(k);
  };
  for (let k = 0; k < count; k++) push(k);
  for (let budget = 60 * count; size > 0 && budget > 0; budget--) {
    const k = queue[head];
    head = (head + 1) % queue.length;
    size--;
    queued[k] = 0;
    const T = t.total[k];
    let sumLo = 0;
    let finiteHi = 0;
    let infinite = 0;
    let maxLo = 0;
    for (let j = t.partStart[k]; j < t.partStart[k + 1]; j++) {
      const p = t.parts[j];
      sumLo += lo[p];
      if (lo[p] > maxLo) maxLo = lo[p];
      if (hi[p] === Infinity) infinite++;
      else finiteHi += hi[p];
    }
    const sumHi = infinite ? Infinity : finiteHi;
    const totalLo = t.cover[k] ? Math.max(maxLo, lo[T]) : Math.max(sumLo, lo[T]);
    const totalHi = Math.min(sumHi, hi[T]);
    if (totalLo !== lo[T] || totalHi !== hi[T]) {
      lo[T] = totalLo;
      hi[T] = totalHi;
      changedCell(T);
    }
    for (let j = t.partStart[k]; j < t.partStart[k + 1]; j++) {
      const p = t.parts[j];
      const othersInfinite = infinite - (hi[p] === Infinity ? 1 : 0);
      const othersHi = othersInfinite > 0 ? Infinity : finiteHi - (hi[p] === Infinity ? 0 : hi[p]);
      const partLo = Math.max(lo[p], lo[T] - othersHi);
      const partHi = Math.min(hi[p], t.cover[k] ? hi[T] : hi[T] - (sumLo - lo[p]));
      if (partLo !== lo[p] || partHi !== hi[p]) {
        lo[p] = partLo;
        hi[p] = partHi;
        changedCell(p);
      }
    }
  }
}

/**
 * The next cell to hide so that cell `exposed` cannot be worked out: the smallest shown non-zero
 * cell that shares a sum with it (parts before totals, so a cohort's head count stays), else one
 * sum further out. Ties go to the first in the table's order, so the choice is the same every time.
 */
function candidatesFor(t: Compiled, status: Uint8Array, exposed: number, taken: Set<number>): number[] {
  let ring = [exposed];
  const seen = new Set<number>();
  const visited = new Set<number>();
  for (let step = 0; step < 4 && ring.length; step++) {
    const found: { cell: number; total: number }[] = [];
    const nextRing: number[] = [];
    for (const cell of ring) seen.add(cell);
    for (const cell of ring) {
      for (const k of t.constraintsOf[cell]) {
        if (visited.has(k)) continue;
        visited.add(k);
        for (const m of t.members[k]) {
          if (!seen.has(m)) nextRing.push(m);
          if (taken.has(m) || status[m] !== SHOWN || t.value[m] === 0) continue;
          found.push({ cell: m, total: m === t.total[k] ? 1 : 0 });
        }
      }
    }
    if (found.length) {
      found.sort((a, b) => t.keep[a.cell] - t.keep[b.cell] || a.total - b.total || t.value[a.cell] - t.value[b.cell] || a.cell - b.cell);
      return [...new Set(found.map((f) => f.cell))];
    }
    ring = [...new Set(nextRing)];
  }
  return [];
}

/**
 * The next cell to hide so that cell `exposed` cannot be worked out: among the shown non-zero
 * cells that share a sum with it (else one sum further out), other cells before headline figures,
 * parts before totals (so a cohort's head count stays) and smaller before larger: the first of
 * them that protects it on its own without being worked out itself (hiding 5 men beside "<5"
 * would not: a hidden count is at least 5, so the men would be exactly 5), else the first. Ties go
 * to the first in the table's order, so the choice is the same every time.
 */
function nextToHide(t: Compiled, status: Uint8Array, exposed: number, taken: Set<number>, lo: Float64Array, hi: Float64Array): number | "wait" {
  // A cell next to it is already being hidden this round: see first whether that is enough.
  if (candidatesFor(t, status, exposed, new Set()).some((cell) => taken.has(cell))) return "wait";
  const candidates = candidatesFor(t, status, exposed, taken);
  for (const cell of candidates.slice(0, 4)) {
    status[cell] = HIDDEN;
    propagate(t, status, lo, hi);
    status[cell] = SHOWN;
    if (lo[exposed] !== hi[exposed] && lo[cell] !== hi[cell]) return cell;
  }
  return candidates.length ? candidates[0] : -1;
}

/**
 * Which cells a reader without exact figures may see. Counts of 1–4 people are "small"; while any
 * of them (shown as "<5" or not shown at all) or any cell hidden for them can be worked out to one
 * value, more cells are hidden (one per such cell and round). Every other cell keeps its status
 * ("shown", or "implicit" when no view shows it).
 */
export function suppress(table: Table): Map<string, CellStatus> {
  const t = compile(table);
  const n = t.ids.length;
  const status = new Uint8Array(n);
  const guarded: number[] = [];
  for (let i = 0; i < n; i++) {
    const spec = table.cells.get(t.ids[i])!;
    status[i] = !spec.shown ? IMPLICIT : spec.people && isSmall(spec.value) ? SMALL : SHOWN;
    if (spec.people && isSmall(spec.value)) guarded.push(i);
  }
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  // A cell nothing more can protect (every neighbour hidden or zero) is not retried.
  const beyond = new Set<number>();
  while (guarded.length) {
    propagate(t, status, lo, hi);
    const exposed = guarded.filter((cell) => !beyond.has(cell) && lo[cell] === hi[cell]);
    const taken = new Set<number>();
    for (const cell of exposed) {
      const hide = nextToHide(t, status, cell, taken, lo, hi);
      if (hide === "wait") continue;
      if (hide < 0) beyond.add(cell);
      else taken.add(hide);
    }
    if (!taken.size) break;
    // A hidden cell that could be worked out would protect nothing, so it is guarded in turn.
    for (const cell of taken) (status[cell] = HIDDEN), guarded.push(cell);
  }
  return new Map(t.ids.map((id, i) => [id, STATUS_NAMES[status[i]]]));
}

/** What a reader can work out of each cell under `status` (for tests and the decision's examples). */
export function rangesOf(table: Table, status: Map<string, CellStatus>): Map<string, { lo: number; hi: number }> {
  const t = compile(table);
  const codes = Uint8Array.from(t.ids, (id) => STATUS_NAMES.indexOf(status.get(id)!));
  const lo = new Float64Array(t.ids.length);
  const hi = new Float64Array(t.ids.length);
  propagate(t, codes, lo, hi);
  return new Map(t.ids.map((id, i) => [id, { lo: lo[i], hi: hi[i] }]));
}
