import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { withScope, withTenant } from "../db/tenant";
import { translatorFor } from "../i18n/messages";
import { isLocale, type AppLocale } from "../i18n/routing";
import { AppError } from "../server/errors";
import { importErrorLine } from "./messages";
import type { ImportSummary } from "./plan";
import { checkImport, runImport, type ImportActor, type ImportInput, type ImportReport } from "./service";

// `npm run import`: the web page's import from a terminal (scripts/import.ts runs this, once
// lib/import/database.ts has found the database). It uses the app's database role with the
// consortium set, so row-level security holds as on the web.

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const OPTIONS = {
  consortium: { type: "string" },
  trainees: { type: "string" },
  campaigns: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  locale: { type: "string" },
} as const;

function printReport(t: ReturnType<typeof translatorFor>, report: ImportReport, io: CliOutput, locale: AppLocale) {
  io.out(t("summary.rows", report.rows));
  for (const what of ["cohorts", "employers", "trainees"] as (keyof ImportSummary)[]) {
    io.out(t("cli.summaryLine", { what: t(`summary.${what}`), ...report.summary[what] }));
  }
  for (const error of report.errors) io.err(importErrorLine(t, error, locale));
}

async function readInput(paths: { trainees: string; campaigns?: string }): Promise<ImportInput | string> {
  const read = async (path: string) => readFile(path).then((b) => new Uint8Array(b), () => null);
  const trainees = await read(paths.trainees);
  if (!trainees) return paths.trainees;
  const campaigns = paths.campaigns ? await read(paths.campaigns) : null;
  if (paths.campaigns && !campaigns) return paths.campaigns;
  return { trainees, campaigns };
}

/** The --locale given, for what is said before the consortium (and its language) is known; else English. */
export function cliLocale(argv: string[]): AppLocale {
  try {
    const { locale } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false }).values;
    return isLocale(locale) ? locale : "en";
  } catch {
    return "en";
  }
}

/** Runs one import (or dry run) and returns the exit code: 0 done, 1 on any problem. */
export async function runImportCli(argv: string[], io: CliOutput = { out: console.log, err: console.error }): Promise<number> {
  let args: { consortium?: string; trainees?: string; campaigns?: string; "dry-run"?: boolean; locale?: string };
  try {
    args = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false }).values;
  } catch {
    args = {};
  }
  const usage = translatorFor(isLocale(args.locale) ? args.locale : "en", "import");
  if (!args.consortium || !args.trainees || (args.locale && !isLocale(args.locale))) {
    io.err(usage("cli.usage"));
    return 1;
  }
  const consortium = await withScope({}, (tx) => tx.consortium.findUnique({ where: { slug: args.consortium }, select: { id: true, defaultLocale: true } }));
  if (!consortium) {
    io.err(usage("cli.unknownConsortium", { slug: args.consortium }));
    return 1;
  }
  const locale: AppLocale = isLocale(args.locale) ? args.locale : consortium.defaultLocale;
  const t = translatorFor(locale, "import");
  const input = await readInput({ trainees: args.trainees, campaigns: args.campaigns });
  if (typeof input === "string") {
    io.err(t("cli.unreadable", { path: input }));
    return 1;
  }
  const actor: ImportActor = { consortiumId: consortium.id, userId: null, source: "cli" };
  try {
    // The check runs first on its own, so that every problem can be listed with its values.
    const report = await withTenant(consortium.id, null, (tx) => checkImport(tx, actor, input));
    printReport(t, report, io, locale);
    if (report.errors.length) {
      io.err(t("cli.failed", { count: report.errors.length }));
      return 1;
    }
    if (args["dry-run"]) {
      io.out(t("cli.dryRun"));
      return 0;
    }
    await withTenant(consortium.id, null, (tx) => runImport(tx, actor, input));
    const changes = Object.values(report.summary).some((c) => c.new + c.changed > 0);
    io.out(t(changes ? "cli.imported" : "unchanged"));
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // A non-UTF-8 file, another import running, or a change by someone else between check and import.
    io.err(translatorFor(locale, "errors")(error.code));
    return 1;
  }
}
