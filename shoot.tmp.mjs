import { chromium } from "@playwright/test";
const base = "http://localhost:3000";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync","--disable-quic"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });
const [email, locale, ...paths] = process.argv.slice(2);
if (email !== "-") {
  await page.goto(`${base}/${locale}/sign-in`);
  await page.getByRole("textbox").first().fill(email);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL(/check-email/);
  await page.goto(`${base}/${locale}/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.locator('article a[href*="callback/email"]').first().click();
  await page.waitForLoadState("networkidle");
}
let i = 0;
for (const p of paths) {
  const r = await page.goto(base + p);
  await page.waitForLoadState("networkidle");
  const file = `/tmp/shots/${email.split("@")[0]}-${locale}-${i++}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(r.status(), p, "->", file);
}
await browser.close();
