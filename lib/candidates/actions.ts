"use server";

import { tenantAction } from "../server/action";
import { addNote } from "./notes";
import { addNoteSchema } from "./schemas";

export const addNoteAction = tenantAction({ permission: "application.note", schema: addNoteSchema }, async ({ applicationId, body }, ctx) =>
  addNote(ctx.tx, { consortiumId: ctx.consortium.id, userId: ctx.user.id }, applicationId, body),
);
