import { randomBytes } from "node:crypto";
import en from "../../messages/en.json" with { type: "json" };
import nb from "../../messages/nb.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { db, expect, expectAccessible, signInDirectly, test } from "./support";

const SLUG = "trainee-varmland";
const ZONE = "Europe/Stockholm";

/** The running cohort, and the demo trainee's name: their own page is read by other specs. */
async function runningCohort() {
  const { rows } = await db.query<{ cohortId: string; demoTrainee: string }>(
    `SELECT h.id AS "cohortId",
            (SELECT t.name FROM "Trainee" t JOIN "User" u ON u.id = t."userId"
              WHERE u.email = 'trainee@varmland.example' AND t."cohortId" = h.id LIMIT 1) AS "demoTrainee"
       FROM "Cohort" h JOIN "Consortium" c ON c.id = h."consortiumId"
      WHERE c.slug = $1 AND h.status = 'RUNNING' LIMIT 1`,
    [SLUG],
  );
  return rows[0];
}

/** Today and tomorrow in the consortium's zone, as a date input takes them. */
function days() {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { today, tomorrow };
}

const percent = (rate: number) => new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 }).format(rate);

test("the coordinator plans a two-day gathering, invites the cohort, takes attendance by keyboard and sees the rate", async ({ page }) => {
  test.setTimeout(300_000);
  const { cohortId, demoTrainee } = await runningCohort();
  const { today, tomorrow } = days();
  const title = `Hållbart ledarskap ${randomBytes(3).toString("hex")}`;
  const listPath = `/c/${SLUG}/cohorts/${cohortId}/gatherings`;

  await signInDirectly(page, "coordinator@varmland.example");
  await page.goto(`/sv${listPath}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sv.gatherings.title.split(" ·")[0]);
  await expect(page.getByRole("table", { name: /Träffar för/ })).toBeVisible();
  await expectAccessible(page);

  // Planning: translated messages for an empty form and for an end before the start.
  const plan = page.getByRole("button", { name: sv.gatherings.form.create });
  await plan.click();
  await expect(page.getByText(sv.validation.required).first()).toBeVisible();
  await page.getByLabel(sv.gatherings.form.title).fill(title);
  await page.getByLabel(sv.gatherings.form.type).selectOption("COURSE");
  await page.getByLabel(sv.gatherings.form.startDate).fill(today);
  await page.getByLabel(sv.gatherings.form.startTime).fill("09:00");
  await page.getByLabel(sv.gatherings.form.endDate).fill(today);
  await page.getByLabel(sv.gatherings.form.endTime).fill("08:00");
  await page.getByLabel(sv.gatherings.form.place).fill("Karlstads CCC, sal Klarälven");
  await page.getByLabel(sv.gatherings.form.agenda).fill("Dag 1: att leda sig själv.\nDag 2: att leda andra.");
  await plan.click();
  await expect(page.getByText(sv.validation.endBeforeStart)).toBeVisible();
  await page.getByLabel(sv.gatherings.form.endDate).fill(tomorrow);
  await page.getByLabel(sv.gatherings.form.endTime).fill("16:00");
  await plan.click();

  // The new gathering's own page: invite the whole cohort.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(sv.gatherings.attendance.noneInvited)).toBeVisible();
  await expectAccessible(page);
  const gatheringUrl = page.url();
  await page.getByRole("button", { name: /^Bjud in alla/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /traineer inbjudna\. \d+ mejl skickade\./ })).toBeVisible();

  // Attendance by keyboard: Tab from person to person, arrows choose. The demo trainee is left
  // unmarked, so their own attendance rate stays as other specs expect it.
  await expect(page.getByRole("button", { name: sv.gatherings.attendance.save })).toBeVisible();
  const names = await page.locator("form fieldset legend").allTextContents();
  expect(names.length).toBeGreaterThan(3);
  expect(names).toContain(demoTrainee);
  const group = (name: string) => page.getByRole("group", { name, exact: true });
  await group(names[0]).getByRole("radio").first().focus();
  const marked = names.filter((n) => n !== demoTrainee);
  for (const name of names) {
    if (name === marked[0]) await page.keyboard.press("ArrowRight"); // absent
    else if (name === marked[1]) await page.keyboard.press("ArrowRight").then(() => page.keyboard.press("ArrowRight")); // excused
    else if (name !== demoTrainee) await page.keyboard.press("Space"); // present
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("button", { name: sv.gatherings.attendance.save })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: sv.gatherings.attendance.saved })).toBeVisible();
  await expect(group(marked[0]).getByRole("radio", { name: sv.gatherings.statuses.ABSENT })).toBeChecked();
  await expect(group(marked[1]).getByRole("radio", { name: sv.gatherings.statuses.EXCUSED })).toBeChecked();
  await expect(group(marked[2]).getByRole("radio", { name: sv.gatherings.statuses.PRESENT })).toBeChecked();
  await expect(group(demoTrainee).getByRole("radio", { checked: true })).toHaveCount(0);

  // The rate: present ÷ recorded; the excused one counts as not attending.
  const rate = percent((marked.length - 2) / marked.length);
  await expect(page.locator("section[aria-labelledby='gathering-summary'] dl")).toContainText(rate);
  await expectAccessible(page);

  await page.goto(`/sv${listPath}`);
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText(rate);
  await expectAccessible(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(gatheringUrl);

  // The same pages in English and Norwegian.
  const gatheringPath = new URL(gatheringUrl).pathname.replace(/^\/sv/, "");
  for (const [locale, messages] of [["en", en], ["nb", nb]] as const) {
    await page.goto(`/${locale}${listPath}`);
    await expect(page.getByRole("heading", { level: 2, name: messages.gatherings.rates.heading })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/${locale}${gatheringPath}`);
    await expect(page.getByRole("heading", { level: 2, name: messages.gatherings.attendance.heading, exact: true })).toBeVisible();
    await expectAccessible(page);
  }

  // The invitation in the dev mailbox, with its calendar file.
  const { rows } = await db.query<{ email: string }>(
    `SELECT t.email FROM "Trainee" t JOIN "Attendance" a ON a."traineeId" = t.id JOIN "Gathering" g ON g.id = a."gatheringId"
      WHERE g.title = $1 AND t.name = $2`,
    [title, marked[2]],
  );
  const email = rows[0].email;
  await page.goto(`/sv/dev/mailbox?to=${encodeURIComponent(email)}`);
  const mail = page.getByRole("article", { name: new RegExp(`^Inbjudan: ${title}`) });
  await expect(mail).toBeVisible();
  await expect(mail).toContainText("Karlstads CCC, sal Klarälven");
  await expectAccessible(page);
  const stored = await db.query<{ attachments: { filename: string; content: string }[] }>(
    `SELECT attachments FROM "OutboxEmail" WHERE "to" = $1 AND subject LIKE $2`,
    [email, `Inbjudan: ${title}%`],
  );
  expect(stored.rows).toHaveLength(1);
  const [ics] = stored.rows[0].attachments;
  expect(ics.filename).toBe("gathering.ics");
  const text = Buffer.from(ics.content, "base64").toString("utf8");
  expect(text).toContain("METHOD:REQUEST");
  expect(text).toContain("LOCATION:Karlstads CCC\\, sal Klarälven");
});
