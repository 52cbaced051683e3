import type { Page } from "@playwright/test";
import type nb from "../../messages/nb.json";

/**
 * Fills what a Norwegian public employer's applicant list needs, when the form asks for it (a
 * ranked posting of a public member in a Norwegian consortium; issue 20). Journeys about other
 * things call it so that their posting's employer does not matter.
 */
export async function fillListDetailsIfAsked(page: Page, m: typeof nb) {
  const section = page.getByRole("region", { name: m.applicantLists.form.heading });
  if ((await section.count()) === 0) return false;
  await section.getByLabel(m.applicantLists.form.birthYear).fill("1999");
  await section.getByLabel(m.applicantLists.form.homeMunicipality).fill("Hamar");
  await section.getByLabel(m.applicantLists.form.currentPosition).fill("Masterstudent");
  return true;
}
