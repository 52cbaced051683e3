// EBML, the binary format under Matroska and WebM: elements of (id, size, data), ids and sizes as
// variable-length integers (https://www.rfc-editor.org/rfc/rfc8794). Only what reading a recorded
// video needs; every read is checked against the buffer, so a hostile file ends in `null`, never
// in an exception or a loop.

export interface EbmlElement {
  id: number;
  /** Where the element's header starts. */
  start: number;
  /** Where its data starts. */
  dataStart: number;
  /** Where its data ends; for an element of unknown size, the end of its parent. */
  end: number;
  /** The size field said "unknown" (a live recording: Segment and Cluster are written so). */
  unknownSize: boolean;
  /** How many bytes the size field takes. */
  sizeLength: number;
}

/** An element id: 1–4 bytes, the length marker kept as part of the value. */
function readId(bytes: Uint8Array, at: number): { value: number; length: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > 4 || at + length > bytes.length) return null;
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + bytes[at + i];
  return { value, length };
}

/** A data size: 1–8 bytes, the marker removed; all ones means unknown. */
export function readSize(bytes: Uint8Array, at: number): { value: number; length: number; unknown: boolean } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (at + length > bytes.length) return null;
  let value = first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i];
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { value, length, unknown: allOnes };
}

/** The element at `at`, or null when its header or (known) size does not fit inside `limit`. */
export function readElement(bytes: Uint8Array, at: number, limit: number): EbmlElement | null {
  const id = readId(bytes, at);
  if (!id) return null;
  const size = readSize(bytes, at + id.length);
  if (!size) return null;
  const dataStart = at + id.length + size.length;
  const end = size.unknown ? limit : dataStart + size.value;
  if (dataStart > limit || end > limit) return null;
  return { id: id.value, start: at, dataStart, end, unknownSize: size.unknown, sizeLength: size.length };
}

export function readUint(bytes: Uint8Array, el: EbmlElement): number {
  let value = 0;
  for (let i = el.dataStart; i < el.end; i++) value = value * 256 + bytes[i];
  return value;
}

export function readFloat(bytes: Uint8Array, el: EbmlElement): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset + el.dataStart, el.end - el.dataStart);
  if (view.byteLength === 4) return view.getFloat32(0);
  if (view.byteLength === 8) return view.getFloat64(0);
  return view.byteLength === 0 ? 0 : null;
}

export function readString(bytes: Uint8Array, el: EbmlElement): string {
  return Buffer.from(bytes.subarray(el.dataStart, el.end)).toString("latin1").replace(/\0+$/, "");
}

/** An element size written in `length` bytes (length 1–8). */
export function writeSize(value: number, length: number): Uint8Array | null {
  if (length < 1 || length > 8 || value >= 2 ** (7 * length) - 1) return null;
  const out = new Uint8Array(length);
  let rest = value;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  out[0] |= 0x80 >> (length - 1);
  return out;
}
