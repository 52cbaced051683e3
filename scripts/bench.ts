// `npm run bench`: load figures for the public career site and the application deadline rush, on a
// throwaway embedded PostgreSQL with the demo data and a production build in .next-bench.
// Prints figures; asserts nothing (the targets are in README.md, "Benchmarks").
//
//   npm run bench -- [--skip-build] [--readers 50] [--seconds 15] [--no-reads] [--no-rush]
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedIfEmpty } from "../prisma/seed";
import { freePort } from "../lib/db/embedded";
import { prepareDatabase } from "./lib/database";
import { createClient, readConcurrently, type Target } from "./lib/bench/http";
import { runDeadlineRush } from "./lib/bench/rush";
import { assertBuilt, buildApp, startServer, watchMemory } from "./lib/bench/server";
import { mib, printTable, summariseByLabel } from "./lib/bench/stats";

const { values: args } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    readers: { type: "string", default: "50" },
    seconds: { type: "string", default: "15" },
    "no-reads": { type: "boolean", default: false },
    "no-rush": { type: "boolean", default: false },
  },
});
const DIST_DIR = ".next-bench";
const CONSORTIA = [
  { slug: "trainee-varmland", locale: "sv" },
  { slug: "trainee-innlandet", locale: "nb" },
];

// Always a fresh database: a DATABASE_URL from the shell or .env must never receive bench data.
delete process.env.DATABASE_URL;
delete process.env.DATABASE_APP_URL;
const work = mkdtempSync(path.join(tmpdir(), "kohort-bench-"));
const db = await prepareDatabase({ dir: path.join(work, "pg"), persistent: false });
await seedIfEmpty(db.ownerUrl);
const port = await freePort(3200);
const appUrl = `http://127.0.0.1:${port}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.ownerUrl,
  DATABASE_APP_URL: db.appUrl,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  APP_URL: appUrl,
  AUTH_URL: appUrl,
  NEXT_DIST_DIR: DIST_DIR,
  STORAGE_DIR: path.join(work, "uploads"),
  NEXT_TELEMETRY_DISABLED: "1",
};
delete env.RESEND_API_KEY;
delete env.S3_BUCKET;

const cleanUp = async () => {
  await db.embedded?.stop();
  rmSync(work, { recursive: true, force: true });
};
process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));

try {
  if (args["skip-build"]) assertBuilt(DIST_DIR);
  else buildApp(env);
  const server = await startServer(env, port);
  const memory = watchMemory(server.process.pid!);
  try {
    console.log(`\nKohort ${appUrl} (production build in ${DIST_DIR}), embedded PostgreSQL, demo data; ${availableParallelism()} cores`);
    if (!args["no-reads"]) await benchReaders(server.url, Number(args.readers), Number(args.seconds));
    if (!args["no-rush"]) await runDeadlineRush({ appUrl: server.url, ownerUrl: db.ownerUrl, distDir: DIST_DIR, storageDir: env.STORAGE_DIR! });
    console.log(`\nserver memory: peak RSS ${mib(memory.peak())} (sampled every 200 ms, all server processes), kernel high-water mark ${mib(memory.highWater())}`);
  } catch (error) {
    console.error(server.log.slice(-40).join("\n"));
    throw error;
  } finally {
    memory.stop();
    await server.stop();
  }
} finally {
  await cleanUp();
}

/** The career page of both demo consortia and every posting page linked from them. */
async function careerTargets(client: ReturnType<typeof createClient>): Promise<Target[]> {
  const targets: Target[] = [];
  for (const { slug, locale } of CONSORTIA) {
    const list = `/${locale}/c/${slug}/jobs`;
    const page = await client.request("GET", list);
    if (page.status !== 200) throw new Error(`${list} answered ${page.status}`);
    const postings = [...new Set([...page.body.matchAll(new RegExp(`href="(${list}/[^"?#/]+)"`, "g"))].map((m) => m[1]))];
    if (!postings.length) throw new Error(`${list} links to no posting`);
    targets.push({ label: "career page", path: list });
    targets.push(...postings.map((p) => ({ label: "posting page", path: p })));
  }
  // As often a career page as a posting page: the posting pages are many, the career pages two.
  const careers = targets.filter((t) => t.label === "career page");
  const postings = targets.filter((t) => t.label === "posting page");
  return postings.flatMap((p, i) => [careers[i % careers.length], p]);
}

async function benchReaders(url: string, readers: number, seconds: number) {
  const client = createClient(url, readers);
  try {
    const targets = await careerTargets(client);
    const pages = new Set(targets.map((t) => t.path)).size;
    console.log(`\n== Career site: ${readers} concurrent readers for ${seconds} s over ${pages} pages of both consortia`);
    console.log("   (each reader sends its next request when the last answer has arrived; latency is the full response");
    console.log("   measured by the client on loopback, which is server time plus well under a millisecond)");
    await readConcurrently(client, targets, Math.min(readers, 10), 5); // warm-up: JIT, pools, caches
    const started = performance.now();
    const samples = await readConcurrently(client, targets, readers, seconds);
    printTable(summariseByLabel(samples, (performance.now() - started) / 1000));
  } finally {
    client.close();
  }
}
