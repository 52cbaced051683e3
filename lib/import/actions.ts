"use server";

import { tenantAction, type TenantActionContext } from "../server/action";
import { importFilesSchema, type ImportFiles } from "./schemas";
import { checkImport, runImport, type ImportActor, type ImportInput } from "./service";

const actorOf = (ctx: TenantActionContext): ImportActor => ({ consortiumId: ctx.consortium.id, userId: ctx.user.id, source: "web" });

async function bytesOf(files: ImportFiles): Promise<ImportInput> {
  return {
    trainees: new Uint8Array(await files.trainees.arrayBuffer()),
    campaigns: files.campaigns ? new Uint8Array(await files.campaigns.arrayBuffer()) : null,
  };
}

/** The dry run: the page shows what would change and every row's problems. */
export const checkImportAction = tenantAction({ permission: "import.run", schema: importFilesSchema }, async (files, ctx) =>
  checkImport(ctx.tx, actorOf(ctx), await bytesOf(files)),
);

/** The import itself: all of it, or (with any problem) nothing and importInvalid. */
export const runImportAction = tenantAction({ permission: "import.run", schema: importFilesSchema }, async (files, ctx) =>
  runImport(ctx.tx, actorOf(ctx), await bytesOf(files)),
);
