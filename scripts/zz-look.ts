import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { chromium } from "@playwright/test";

const base = "http://localhost:3015";
const db = new pg.Pool({ connectionString: "postgres://postgres:kohort-owner@127.0.0.1:54315/kohort" });
async function cookie(email: string) {
  const token = randomBytes(32).toString("hex");
  const { rows } = await db.query(`SELECT id FROM "User" WHERE email = $1`, [email]);
  await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [`zz_${randomBytes(8).toString("hex")}`, token, rows[0].id]);
  return token;
}
const [email, path, out, pdf] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addCookies([{ name: "authjs.session-token", value: await cookie(email), domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
const page = await context.newPage();
if (path.startsWith("/api")) { const r = await context.request.get(`${base}${path}`); console.log(r.status(), (await r.text()).slice(0, 6000)); await browser.close(); await db.end(); process.exit(0); }
const response = await page.goto(`${base}${path}`, { waitUntil: "networkidle", timeout: 120_000 });
console.log("status", response?.status(), page.url());
await page.screenshot({ path: out, fullPage: true });
if (pdf) {
  await page.emulateMedia({ media: "print" });
  const bytes = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  writeFileSync(pdf, bytes);
  console.log("pages", (bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length);
}
if (process.env.TEXT) console.log((await page.locator("main").innerText()).slice(0, 4000));
await browser.close();
await db.end();
