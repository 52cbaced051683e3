import { text, z } from "../validation";

export const addNoteSchema = z.object({ applicationId: z.string().min(1).max(40), body: text(4000) }).strict();
export type AddNoteInput = z.input<typeof addNoteSchema>;
