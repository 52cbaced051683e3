import type { MatrixRoute } from "./routes";

// Pages of the Norwegian public applicant lists (issue 20). They exist only in a Norwegian
// consortium, so their "own" consortium is Trainee Innlandet, whose employer contact speaks for a
// public member (Hamar kommune) and whose demo trainee is on a published list; the demo applicant
// is not on any, so their extended list is a 404 to them. Role lists are written out here:
// importing values from routes.ts would be circular.
const INNLANDET = "trainee-innlandet";
const KEEPERS: MatrixRoute["allowed"] = ["COORDINATOR", "EMPLOYER"];
const list = (s: string, ids: { listPostingId?: string }) => `/c/${s}/applicant-lists/${ids.listPostingId ?? "none"}`;

export const APPLICANT_LIST_ROUTES: MatrixRoute[] = [
  { file: "c/[slug]/applicant-lists", path: (s) => `/c/${s}/applicant-lists`, allowed: KEEPERS, consortium: INNLANDET },
  { file: "c/[slug]/applicant-lists/[postingId]", path: list, allowed: KEEPERS, consortium: INNLANDET },
  { file: "c/[slug]/applicant-lists/[postingId]/public", path: (s, ids) => `${list(s, ids)}/public`, allowed: KEEPERS, consortium: INNLANDET },
  { file: "c/[slug]/applicant-lists/[postingId]/extended", path: (s, ids) => `${list(s, ids)}/extended`, allowed: KEEPERS, consortium: INNLANDET },
  {
    file: "c/[slug]/me/applicant-lists/[postingId]",
    path: (s, ids) => `/c/${s}/me/applicant-lists/${ids.listPostingId ?? "none"}`,
    allowed: ["TRAINEE"],
    consortium: INNLANDET,
  },
];
