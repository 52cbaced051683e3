import { readElement, readFloat, readString, readUint, writeSize, type EbmlElement } from "./ebml";

// A WebM file by its content: the EBML header says DocType "webm", a Segment holds Tracks with a
// video track and Clusters of blocks. The duration is measured from the blocks' timestamps — a
// browser's MediaRecorder writes no Duration (it does not know it while recording), and a header
// could say anything — and any Duration the header claims counts too, the longer one winning.

const ID = {
  EBML: 0x1a45dfa3,
  DocType: 0x4282,
  Segment: 0x18538067,
  SeekHead: 0x114d9b74,
  Info: 0x1549a966,
  TimecodeScale: 0x2ad7b1,
  Duration: 0x4489,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackType: 0x83,
  Cluster: 0x1f43b675,
  Timecode: 0xe7,
  SimpleBlock: 0xa3,
  BlockGroup: 0xa0,
  Block: 0xa1,
  BlockDuration: 0x9b,
  Cues: 0x1c53bb6b,
} as const;

/** Elements that end a Cluster of unknown size: anything that may follow it in a Segment. */
const SEGMENT_LEVEL = new Set<number>([ID.Cluster, ID.Cues, ID.Info, ID.Tracks, ID.SeekHead, 0x1254c367, 0x1043a770, 0x1941a469]);
const VIDEO_TRACK = 1;

export interface WebmFile {
  durationMs: number;
  /** Where Info is, for writing the measured duration into it. */
  info: EbmlElement;
  segment: EbmlElement;
  timecodeScale: number;
  headerDurationPresent: boolean;
  /** Positions into the segment (seek index, cues) would move if bytes were inserted before them. */
  hasPositions: boolean;
}

function* children(bytes: Uint8Array, parent: { dataStart: number; end: number }) {
  let at = parent.dataStart;
  while (at < parent.end) {
    const el = readElement(bytes, at, parent.end);
    if (!el) throw new MalformedWebm();
    yield el;
    at = el.end;
  }
}

class MalformedWebm extends Error {}

/** The relative timestamp of a (Simple)Block: after the track number (a size-like vint), an int16. */
function blockTime(bytes: Uint8Array, el: EbmlElement): number {
  const first = bytes[el.dataStart];
  if (!first) throw new MalformedWebm();
  const at = el.dataStart + Math.clz32(first) - 23;
  if (at + 3 > el.end) throw new MalformedWebm();
  return new DataView(bytes.buffer, bytes.byteOffset + at, 2).getInt16(0);
}

interface Span {
  first: number;
  last: number;
}

function widen(span: Span, start: number, end: number) {
  span.first = Math.min(span.first, start);
  span.last = Math.max(span.last, end);
}

/** Reads a cluster; an unknown-size one ends where the next Segment-level element starts. */
function readCluster(bytes: Uint8Array, cluster: EbmlElement, span: Span): number {
  let base: number | null = null;
  let at = cluster.dataStart;
  while (at < cluster.end) {
    const el = readElement(bytes, at, cluster.end);
    if (!el) throw new MalformedWebm();
    if (cluster.unknownSize && SEGMENT_LEVEL.has(el.id)) return at;
    if (el.id === ID.Timecode) base = readUint(bytes, el);
    else if (el.id === ID.SimpleBlock || el.id === ID.BlockGroup) {
      if (base === null) throw new MalformedWebm();
      if (el.id === ID.SimpleBlock) {
        const time = base + blockTime(bytes, el);
        widen(span, time, time);
      } else {
        let time: number | null = null;
        let duration = 0;
        for (const part of children(bytes, el)) {
          if (part.id === ID.Block) time = base + blockTime(bytes, part);
          else if (part.id === ID.BlockDuration) duration = readUint(bytes, part);
        }
        if (time === null) throw new MalformedWebm();
        widen(span, time, time + duration);
      }
    }
    at = el.end;
  }
  return cluster.end;
}

function readDocType(bytes: Uint8Array, header: EbmlElement): string | null {
  for (const el of children(bytes, header)) if (el.id === ID.DocType) return readString(bytes, el);
  return null;
}

function hasVideoTrack(bytes: Uint8Array, tracks: EbmlElement): boolean {
  for (const entry of children(bytes, tracks)) {
    if (entry.id !== ID.TrackEntry) continue;
    for (const field of children(bytes, entry)) if (field.id === ID.TrackType && readUint(bytes, field) === VIDEO_TRACK) return true;
  }
  return false;
}

/** The WebM file in `bytes`, or null when they are not one (or not a whole one). */
export function readWebm(bytes: Uint8Array): WebmFile | null {
  try {
    const header = readElement(bytes, 0, bytes.length);
    if (!header || header.id !== ID.EBML || header.unknownSize || readDocType(bytes, header) !== "webm") return null;
    const segment = readElement(bytes, header.end, bytes.length);
    if (!segment || segment.id !== ID.Segment) return null;

    let info: EbmlElement | null = null;
    let timecodeScale = 1_000_000;
    let headerDuration: number | null = null;
    let video = false;
    let hasPositions = false;
    const span: Span = { first: Infinity, last: -Infinity };
    let at = segment.dataStart;
    while (at < segment.end) {
      const el = readElement(bytes, at, segment.end);
      if (!el) return null;
      if (el.unknownSize && el.id !== ID.Cluster) return null;
      if (el.id === ID.Info) {
        info = el;
        for (const field of children(bytes, el)) {
          if (field.id === ID.TimecodeScale) timecodeScale = readUint(bytes, field);
          else if (field.id === ID.Duration) headerDuration = readFloat(bytes, field);
        }
      } else if (el.id === ID.Tracks) video ||= hasVideoTrack(bytes, el);
      else if (el.id === ID.SeekHead || el.id === ID.Cues) hasPositions = true;
      at = el.id === ID.Cluster ? readCluster(bytes, el, span) : el.end;
    }
    if (!info || !video || span.first === Infinity || timecodeScale <= 0) return null;
    if (headerDuration !== null && !Number.isFinite(headerDuration)) return null;
    const ticksToMs = timecodeScale / 1_000_000;
    const measured = (span.last - span.first) * ticksToMs;
    const claimed = (headerDuration ?? 0) * ticksToMs;
    return { durationMs: Math.round(Math.max(measured, claimed)), info, segment, timecodeScale, headerDurationPresent: headerDuration !== null, hasPositions };
  } catch (error) {
    if (error instanceof MalformedWebm || error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * The same file with its measured duration written into Info, so that players show a timeline
 * and let reviewers seek. Only where nothing points past the insertion (no seek index or cues, as
 * browsers record) and the Segment's size need not change (unknown, as browsers record);
 * otherwise the file is returned as it came.
 */
export function withDuration(bytes: Uint8Array, file: WebmFile): Uint8Array {
  if (file.headerDurationPresent || file.hasPositions || !file.segment.unknownSize) return bytes;
  const duration = new Uint8Array(11);
  duration.set([0x44, 0x89, 0x88]);
  new DataView(duration.buffer).setFloat64(3, file.durationMs / (file.timecodeScale / 1_000_000));
  const { info } = file;
  const body = bytes.subarray(info.dataStart, info.end);
  const idLength = info.dataStart - info.sizeLength - info.start;
  const size = writeSize(body.length + duration.length, Math.max(info.sizeLength, 1)) ?? writeSize(body.length + duration.length, 8);
  if (!size) return bytes;
  const out = new Uint8Array(bytes.length + duration.length + size.length - info.sizeLength);
  let at = 0;
  const put = (part: Uint8Array) => {
    out.set(part, at);
    at += part.length;
  };
  put(bytes.subarray(0, info.start + idLength));
  put(size);
  put(body);
  put(duration);
  put(bytes.subarray(info.end));
  return out;
}
