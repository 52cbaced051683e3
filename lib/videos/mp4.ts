// An MP4 file by its content (ISO/IEC 14496-12 boxes): an `ftyp` box first, a `moov` with a video
// track. Safari records MP4 (and Chromium can); a recording is usually fragmented (`moof` boxes
// after an empty `moov`). The duration is measured from the samples — the sample table (`stts`) or
// every fragment's run (`trun`) — and any duration a header claims (`mvhd`, `mdhd`, `mehd`) counts
// too, the longest winning. Every read is bounds-checked: a hostile file ends in `null`.

interface Box {
  type: string;
  start: number;
  /** Where the payload starts (after size, type, and a 64-bit size when there is one). */
  body: number;
  end: number;
}

class MalformedMp4 extends Error {}

function* boxes(view: DataView, from: number, to: number): Generator<Box> {
  let at = from;
  while (at < to) {
    if (at + 8 > to) throw new MalformedMp4();
    let size = view.getUint32(at);
    const type = String.fromCharCode(view.getUint8(at + 4), view.getUint8(at + 5), view.getUint8(at + 6), view.getUint8(at + 7));
    let body = at + 8;
    if (size === 1) {
      if (at + 16 > to) throw new MalformedMp4();
      size = Number(view.getBigUint64(at + 8));
      body = at + 16;
    } else if (size === 0) size = to - at;
    if (size < body - at || at + size > to) throw new MalformedMp4();
    yield { type, start: at, body, end: at + size };
    at += size;
  }
}

const child = (view: DataView, box: Box, type: string) => {
  for (const b of boxes(view, box.body, box.end)) if (b.type === type) return b;
  return null;
};

/** A full box's version, and where its fields start. */
function full(view: DataView, box: Box) {
  if (box.body + 4 > box.end) throw new MalformedMp4();
  return { version: view.getUint8(box.body), flags: view.getUint32(box.body) & 0xffffff, at: box.body + 4 };
}

function u64(view: DataView, at: number, end: number): number {
  if (at + 8 > end) throw new MalformedMp4();
  return Number(view.getBigUint64(at));
}

function u32(view: DataView, at: number, end: number): number {
  if (at + 4 > end) throw new MalformedMp4();
  return view.getUint32(at);
}

/** timescale and duration of an `mvhd` or `mdhd` (same layout up to there). A duration of all ones is "unknown". */
function header(view: DataView, box: Box) {
  const { version, at } = full(view, box);
  const timescale = version === 1 ? u32(view, at + 16, box.end) : u32(view, at + 8, box.end);
  const duration = version === 1 ? u64(view, at + 20, box.end) : u32(view, at + 12, box.end);
  const unknown = version === 1 ? duration >= Number.MAX_SAFE_INTEGER : duration === 0xffffffff;
  return { timescale, duration: unknown ? 0 : duration };
}

interface Track {
  timescale: number;
  video: boolean;
  /** Ticks: what the headers claim, what the sample table holds, and the fragments' span. */
  claimed: number;
  samples: number;
  first: number;
  last: number;
  defaultDuration: number;
}

function readTrack(view: DataView, trak: Box): [number, Track] {
  const tkhd = child(view, trak, "tkhd");
  const mdia = child(view, trak, "mdia");
  if (!tkhd || !mdia) throw new MalformedMp4();
  const t = full(view, tkhd);
  const id = u32(view, t.at + (t.version === 1 ? 16 : 8), tkhd.end);
  const mdhd = child(view, mdia, "mdhd");
  const hdlr = child(view, mdia, "hdlr");
  if (!mdhd || !hdlr) throw new MalformedMp4();
  const { timescale, duration } = header(view, mdhd);
  const handler = u32(view, full(view, hdlr).at + 4, hdlr.end);
  let samples = 0;
  const stts = (() => {
    const minf = child(view, mdia, "minf");
    const stbl = minf && child(view, minf, "stbl");
    return stbl && child(view, stbl, "stts");
  })();
  if (stts) {
    const { at } = full(view, stts);
    const entries = u32(view, at, stts.end);
    if (at + 4 + entries * 8 > stts.end) throw new MalformedMp4();
    for (let i = 0; i < entries; i++) samples += view.getUint32(at + 4 + i * 8) * view.getUint32(at + 8 + i * 8);
  }
  return [id, { timescale, video: handler === 0x76696465 /* "vide" */, claimed: duration, samples, first: Infinity, last: -Infinity, defaultDuration: 0 }];
}

/** Adds one fragment's run of samples (`traf`) to its track's span. */
function readFragment(view: DataView, traf: Box, tracks: Map<number, Track>) {
  const tfhd = child(view, traf, "tfhd");
  if (!tfhd) throw new MalformedMp4();
  const h = full(view, tfhd);
  const track = tracks.get(u32(view, h.at, tfhd.end));
  if (!track) throw new MalformedMp4();
  const field = h.at + 4 + (h.flags & 0x1 ? 8 : 0) + (h.flags & 0x2 ? 4 : 0);
  const defaultDuration = h.flags & 0x8 ? u32(view, field, tfhd.end) : track.defaultDuration;
  const tfdt = child(view, traf, "tfdt");
  let time = track.last === -Infinity ? 0 : track.last;
  if (tfdt) {
    const d = full(view, tfdt);
    time = d.version === 1 ? u64(view, d.at, tfdt.end) : u32(view, d.at, tfdt.end);
  }
  const start = time;
  for (const trun of boxes(view, traf.body, traf.end)) {
    if (trun.type !== "trun") continue;
    const r = full(view, trun);
    const count = u32(view, r.at, trun.end);
    const perSample = ["100", "200", "400", "800"].filter((bit) => r.flags & parseInt(bit, 16)).length * 4;
    const first = r.at + 4 + (r.flags & 0x1 ? 4 : 0) + (r.flags & 0x4 ? 4 : 0);
    if (first + count * perSample > trun.end) throw new MalformedMp4();
    // Without per-sample durations every sample lasts the default: no need to walk them.
    if (!(r.flags & 0x100)) time += count * defaultDuration;
    else for (let i = 0; i < count; i++) time += view.getUint32(first + i * perSample);
  }
  track.first = Math.min(track.first, start);
  track.last = Math.max(track.last, time);
}

/** The MP4 file in `bytes` and its duration, or null when they are not one. */
export function readMp4(bytes: Uint8Array): { durationMs: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const top = [...boxes(view, 0, bytes.length)];
    if (top[0]?.type !== "ftyp") return null;
    const moov = top.find((b) => b.type === "moov");
    const mvhd = moov && child(view, moov, "mvhd");
    if (!moov || !mvhd) return null;
    const movie = header(view, mvhd);
    const tracks = new Map<number, Track>();
    for (const trak of boxes(view, moov.body, moov.end)) if (trak.type === "trak") tracks.set(...readTrack(view, trak));
    const mvex = child(view, moov, "mvex");
    let fragmentsClaim = 0;
    if (mvex) {
      for (const b of boxes(view, mvex.body, mvex.end)) {
        const f = full(view, b);
        if (b.type === "mehd") fragmentsClaim = f.version === 1 ? u64(view, f.at, b.end) : u32(view, f.at, b.end);
        if (b.type === "trex") {
          const track = tracks.get(u32(view, f.at, b.end));
          if (track) track.defaultDuration = u32(view, f.at + 8, b.end);
        }
      }
    }
    for (const moof of top) {
      if (moof.type !== "moof") continue;
      for (const traf of boxes(view, moof.body, moof.end)) if (traf.type === "traf") readFragment(view, traf, tracks);
    }
    if (![...tracks.values()].some((t) => t.video) || movie.timescale === 0) return null;
    let ms = (Math.max(movie.duration, fragmentsClaim) / movie.timescale) * 1000;
    for (const t of tracks.values()) {
      if (t.timescale === 0) return null;
      const fragments = t.last === -Infinity ? 0 : t.last - t.first;
      ms = Math.max(ms, (Math.max(t.claimed, t.samples, fragments) / t.timescale) * 1000);
    }
    return Number.isFinite(ms) ? { durationMs: Math.round(ms) } : null;
  } catch (error) {
    if (error instanceof MalformedMp4 || error instanceof RangeError) return null;
    throw error;
  }
}
