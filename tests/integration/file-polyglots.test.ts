import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { uploadCvAction } from "@/lib/applications/actions";
import { systemDb } from "@/lib/db/client";
import { uploadLogoAction } from "@/lib/members/actions";
import { newApplicant, pdfFile } from "../support/applications";
import { pdfBytes, pngFile } from "../support/files";
import { createTenant, type TenantFixture } from "../support/fixtures";

// Files that carry a valid signature and something else: each must be refused, or stored as what
// it claims to be and nothing more (docs/decisions/0039-files-by-parser.md).

const HTML = `<html><body><script>alert(document.cookie)</script></body></html>`;
const stored = (key: string) => path.join(path.resolve(process.env.STORAGE_DIR ?? ".data/uploads"), ...key.split("/"));

let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("polyglots");
});

describe("a CV must be a PDF a reader opens, with a page", () => {
  const upload = async (bytes: Uint8Array) => {
    const user = await newApplicant(t, "polyglot");
    return uploadCvAction.runAs(user, t.slug, { campaignId: t.campaignId, file: pdfFile("cv.pdf", bytes) });
  };
  const refused = { ok: false, error: "validation", fieldErrors: { file: "validation.cvNotPdf" } };

  it("refuses an HTML page with %PDF- and %%EOF inside comments", async () => {
    const page = `<!DOCTYPE html><!-- %PDF-1.7 -->${HTML}<!-- %%EOF -->`;
    expect(await upload(new TextEncoder().encode(page))).toMatchObject(refused);
  });

  it("refuses a PDF header followed by HTML, and a PDF whose page tree is empty or lies", async () => {
    expect(await upload(new TextEncoder().encode(`%PDF-1.4\n${HTML}\n%%EOF\n`))).toMatchObject(refused);
    const empty = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
    expect(await upload(new TextEncoder().encode(empty))).toMatchObject(refused);
    expect(await upload(new TextEncoder().encode(empty.replace("/Count 0", "/Count 2")))).toMatchObject(refused);
  });

  it("accepts a PDF with one page", async () => {
    expect(await upload(pdfBytes())).toMatchObject({ ok: true });
  });
});

describe("a logo is decoded and encoded again: only pixels are stored", () => {
  const upload = (file: File) => uploadLogoAction.runAs(t.users.COORDINATOR, t.slug, { employerId: t.employerId, file });
  const refused = { ok: false, error: "validation", fieldErrors: { file: "validation.logoType" } };
  const storedLogo = async () => readFile(stored((await systemDb().employer.findUniqueOrThrow({ where: { id: t.employerId } })).logoUrl!));

  it("refuses a PNG or JPEG signature followed by HTML", async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(HTML)]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(HTML)]);
    expect(await upload(pngFile("logo.png", png))).toMatchObject(refused);
    expect(await upload(new File([jpeg], "logo.jpg", { type: "image/jpeg" }))).toMatchObject(refused);
  });

  it("keeps the picture of a real PNG with HTML after it, and drops the HTML", async () => {
    const real = await sharp({ create: { width: 30, height: 10, channels: 3, background: "#1d4ed8" } }).png().toBuffer();
    expect(await upload(pngFile("logo.png", Buffer.concat([real, Buffer.from(HTML)])))).toMatchObject({ ok: true });
    const kept = await storedLogo();
    expect(kept.includes("<script>")).toBe(false);
    expect(await sharp(kept).metadata()).toMatchObject({ format: "png", width: 30, height: 10 });
  });

  it("scales a large image down to fit 1024 × 1024 and strips its metadata", async () => {
    const large = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: "#ffffff" } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Artist: "<script>alert(1)</script>" } } })
      .toBuffer();
    expect(await upload(new File([large], "big.jpg", { type: "image/jpeg" }))).toMatchObject({ ok: true });
    const kept = await storedLogo();
    const meta = await sharp(kept).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 1024, height: 512 });
    expect(meta.exif).toBeUndefined();
    expect(kept.includes("<script>")).toBe(false);
  });
});
