import type { PostingStatus } from "../db/generated/enums";

// The posting lifecycle: an employer contact drafts and submits; the coordinator approves or
// returns with a comment; an approved posting is published while its campaign is open and closed
// at the deadline (or by hand).
const TRANSITIONS: Record<string, readonly PostingStatus[]> = {
  submit: ["DRAFT", "RETURNED"],
  approve: ["SUBMITTED"],
  return: ["SUBMITTED"],
  close: ["PUBLISHED", "APPROVED"],
  edit: ["DRAFT", "RETURNED"],
  // The coordinator corrects an approved or published posting in place; the career page follows.
  editPublished: ["APPROVED", "PUBLISHED"],
};

export type PostingTransition = keyof typeof TRANSITIONS;

export function canTransition(status: PostingStatus, transition: PostingTransition): boolean {
  return TRANSITIONS[transition].includes(status);
}

/** An approved posting is published only inside its campaign's window. */
export function statusOnApproval(campaign: { opensAt: Date; closesAt: Date }, now = new Date()): PostingStatus {
  return campaign.opensAt <= now && now < campaign.closesAt ? "PUBLISHED" : "APPROVED";
}
