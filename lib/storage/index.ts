import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { AwsClient } from "aws4fetch";
import { env } from "../env";

// Where uploaded files live: a folder on local disk by default, an S3-compatible bucket when one is
// configured (docs/decisions/0010-file-storage.md). Callers see only opaque keys.
export interface FileStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** Bytes `start`..`end` (inclusive) as a stream, so a video is served without loading it whole; null when missing. */
  stream(key: string, range: ByteRange): Promise<ReadableStream<Uint8Array> | null>;
  delete(key: string): Promise<void>;
}

export interface ByteRange {
  start: number;
  end: number;
}

const KEY = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*\.[a-z0-9]+$/;

function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
}

/** A fresh key for a consortium's file: nothing in it comes from the uploader. */
export function newFileKey(consortiumId: string, kind: "cv" | "logo" | "video", extension: string): string {
  return `${consortiumId.toLowerCase()}/${kind}/${randomUUID()}.${extension}`;
}

/** Where chunk `index` of a video upload waits until the last one arrives (lib/videos/upload.ts). */
export function videoPartKey(consortiumId: string, uploadId: string, index: number): string {
  return `${consortiumId.toLowerCase()}/video-part/${uploadId.toLowerCase()}-${index}.part`;
}

class DiskStore implements FileStore {
  constructor(private readonly root: string) {}
  private pathOf(key: string) {
    assertKey(key);
    return path.join(this.root, ...key.split("/"));
  }
  async put(key: string, body: Uint8Array) {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
  async get(key: string) {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }
  async stream(key: string, { start, end }: ByteRange) {
    const file = this.pathOf(key);
    try {
      await stat(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    return Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>;
  }
  async delete(key: string) {
    await rm(this.pathOf(key), { force: true });
  }
}

class S3Store implements FileStore {
  private readonly client: AwsClient;
  constructor(
    private readonly endpoint: string,
    private readonly bucket: string,
    accessKeyId: string,
    secretAccessKey: string,
    region: string,
  ) {
    this.client = new AwsClient({ accessKeyId, secretAccessKey, region, service: "s3" });
  }
  private urlOf(key: string) {
    assertKey(key);
    return `${this.endpoint.replace(/\/$/, "")}/${this.bucket}/${key}`;
  }
  async put(key: string, body: Uint8Array, contentType: string) {
    const res = await this.client.fetch(this.urlOf(key), { method: "PUT", body: Buffer.from(body), headers: { "content-type": contentType } });
    if (!res.ok) throw new Error(`S3 PUT failed: ${res.status}`);
  }
  async get(key: string) {
    const res = await this.client.fetch(this.urlOf(key));
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`S3 GET failed: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
  async stream(key: string, { start, end }: ByteRange) {
    const res = await this.client.fetch(this.urlOf(key), { headers: { range: `bytes=${start}-${end}` } });
    if (res.status === 404) return null;
    if (!res.ok || !res.body) throw new Error(`S3 GET failed: ${res.status}`);
    return res.body;
  }
  async delete(key: string) {
    const res = await this.client.fetch(this.urlOf(key), { method: "DELETE" });
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE failed: ${res.status}`);
  }
}

let store: FileStore | undefined;

export function fileStore(): FileStore {
  if (store) return store;
  const { S3_BUCKET, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION, STORAGE_DIR } = env;
  store =
    S3_BUCKET && S3_ENDPOINT && S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY
      ? new S3Store(S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION)
      : new DiskStore(path.resolve(STORAGE_DIR));
  return store;
}

/** Deletes files, best effort per file: a missing file is already gone. */
export async function deleteFiles(keys: Iterable<string | null | undefined>): Promise<void> {
  for (const key of keys) if (key) await fileStore().delete(key);
}
