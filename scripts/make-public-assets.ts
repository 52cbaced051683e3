// `npx tsx scripts/make-public-assets.ts`: the favicon, app icons and default link-preview image in
// public/, drawn from public/icon.svg with sharp. The results are committed; run this again only
// when the mark or the colours change.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const PUBLIC = path.resolve("public");
const BRAND = "#1d4ed8";

async function png(svg: Buffer, size: number): Promise<Buffer> {
  return sharp(svg, { density: Math.ceil((72 * size) / 32) }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

/** An .ico holding PNG images (Windows Vista and every browser since read them). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

/** 1200 × 630, the size link previews (Open Graph, LinkedIn, Slack) crop best. */
function previewSvg(): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#f8fafc"/>
  <rect x="0" y="590" width="1200" height="40" fill="${BRAND}"/>
  <rect x="120" y="195" width="240" height="240" rx="45" fill="${BRAND}"/>
  <text x="240" y="360" font-family="DejaVu Sans, Arial, sans-serif" font-size="150" font-weight="700" fill="#fff" text-anchor="middle">K</text>
  <text x="420" y="345" font-family="DejaVu Sans, Arial, sans-serif" font-size="120" font-weight="700" fill="#0f172a">Kohort</text>
</svg>`);
}

const mark = await readFile(path.join(PUBLIC, "icon.svg"));
const outputs: [string, Buffer][] = [
  ["favicon.ico", ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(mark, size) }))))],
  ["apple-touch-icon.png", await png(mark, 180)],
  ["icon-192.png", await png(mark, 192)],
  ["icon-512.png", await png(mark, 512)],
  ["og-image.png", await sharp(previewSvg()).png({ compressionLevel: 9 }).toBuffer()],
];
for (const [name, data] of outputs) {
  await writeFile(path.join(PUBLIC, name), data);
  console.log(`public/${name}  ${data.length} bytes`);
}
