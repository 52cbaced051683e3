import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getOpenPosting } from "@/lib/careers/service";
import { systemDb } from "@/lib/db/client";
import { uploadLogoAction } from "@/lib/members/actions";
import { readEmployerLogo } from "@/lib/members/logo";
import { pngFile } from "../support/files";
import { createPostingIn, createTenant, type TenantFixture } from "../support/fixtures";

let t: TenantFixture;
beforeAll(async () => {
  t = await createTenant("logos");
});

const stored = (key: string) => path.join(path.resolve(process.env.STORAGE_DIR ?? ".data/uploads"), ...key.split("/"));

describe("member logos", () => {
  it("stores a real image, serves it publicly, and replaces the old file", async () => {
    const first = await uploadLogoAction.runAs(t.users.COORDINATOR, t.slug, { employerId: t.employerId, file: pngFile() });
    expect(first).toMatchObject({ ok: true, data: { src: expect.stringContaining(`/api/c/${t.slug}/employers/${t.employerId}/logo?v=`) } });
    const key1 = (await systemDb().employer.findUniqueOrThrow({ where: { id: t.employerId } })).logoUrl!;
    const logo = await readEmployerLogo(t.id, t.employerId);
    expect(logo?.contentType).toBe("image/png");
    await uploadLogoAction.runAs(t.users.COORDINATOR, t.slug, { employerId: t.employerId, file: pngFile("new.png") });
    const key2 = (await systemDb().employer.findUniqueOrThrow({ where: { id: t.employerId } })).logoUrl!;
    expect(key2).not.toBe(key1);
    expect(existsSync(stored(key1))).toBe(false);
    expect(existsSync(stored(key2))).toBe(true);
    // The career page shows the new logo at once: the upload dropped the cached profile.
    const posting = await createPostingIn(t, "PUBLISHED");
    expect((await getOpenPosting(t.id, posting))?.employer.logoUrl).toBe(key2);
  });

  it("refuses SVG (it can carry script) and other non-images, and images over 512 kB; nothing changes", async () => {
    const before = (await systemDb().employer.findUniqueOrThrow({ where: { id: t.employerId } })).logoUrl;
    const svg = new File([`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`], "logo.png", { type: "image/png" });
    expect(await uploadLogoAction.runAs(t.users.COORDINATOR, t.slug, { employerId: t.employerId, file: svg })).toMatchObject({
      ok: false,
      fieldErrors: { file: "validation.logoType" },
    });
    const big = new Uint8Array(600 * 1024);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await uploadLogoAction.runAs(t.users.COORDINATOR, t.slug, { employerId: t.employerId, file: pngFile("big.png", big) })).toMatchObject({
      ok: false,
      fieldErrors: { file: "validation.logoTooLarge" },
    });
    expect((await systemDb().employer.findUniqueOrThrow({ where: { id: t.employerId } })).logoUrl).toBe(before);
  });
});
