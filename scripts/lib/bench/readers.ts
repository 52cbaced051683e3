// The career-site half of the benchmark: one reader alone (the server's time per page, nothing
// queued), then many readers at once (what they wait when the server is saturated).
import { createClient, readConcurrently, type Client, type Target } from "./http";
import { cpuMillis } from "./server";
import { printTable, summariseByLabel } from "./stats";

const CONSORTIA = [
  { slug: "trainee-varmland", locale: "sv" },
  { slug: "trainee-innlandet", locale: "nb" },
];

/** The career page of both demo consortia and every posting page linked from them. */
async function careerTargets(client: Client): Promise<Target[]> {
  const careers: Target[] = [];
  const postings: Target[] = [];
  for (const { slug, locale } of CONSORTIA) {
    const list = `/${locale}/c/${slug}/jobs`;
    const page = await client.request("GET", list);
    if (page.status !== 200) throw new Error(`${list} answered ${page.status}`);
    const linked = new Set([...page.body.matchAll(new RegExp(`href="(${list}/[^"?#/]+)"`, "g"))].map((m) => m[1]));
    if (!linked.size) throw new Error(`${list} links to no posting`);
    careers.push({ label: "career page", path: list });
    postings.push(...[...linked].map((path) => ({ label: "posting page", path })));
  }
  // As often a career page as a posting page: the posting pages are many, the career pages two.
  return postings.flatMap((p, i) => [careers[i % careers.length], p]);
}

async function measure(client: Client, pid: number, targets: Target[], readers: number, seconds: number) {
  const cpuBefore = cpuMillis(pid);
  const started = performance.now();
  const samples = await readConcurrently(client, targets, readers, seconds);
  printTable(summariseByLabel(samples, (performance.now() - started) / 1000));
  console.log(`   server CPU: ${((cpuMillis(pid) - cpuBefore) / samples.length).toFixed(1)} ms per request (user + system, all server processes)`);
}

export async function runCareerReaders(options: { url: string; pid: number; readers: number; seconds: number }): Promise<void> {
  const client = createClient(options.url, { maxSockets: options.readers });
  try {
    const targets = await careerTargets(client);
    const pages = new Set(targets.map((t) => t.path)).size;
    console.log(`\n== Career site: ${pages} pages of both consortia (career pages and posting pages, read equally often)`);
    console.log("   Latency is the full response measured by the client on loopback: server time plus well under a millisecond.");
    console.log("   Each reader sends its next request as soon as the last answer has arrived.");
    await readConcurrently(client, targets, 10, 5); // warm-up: JIT, connection pools, the data cache
    console.log(`\n-- 1 reader for 5 s: the server's time per page`);
    await measure(client, options.pid, targets, 1, 5);
    console.log(`\n-- ${options.readers} concurrent readers for ${options.seconds} s`);
    await measure(client, options.pid, targets, options.readers, options.seconds);
  } finally {
    client.close();
  }
}
