// Once per server process (Node runtime only): the connection address for rate limits, then the
// background jobs (mail, posting calendar).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ stampPeerAddresses }, http] = await Promise.all([import("./lib/server/peer-address"), import("node:http")]);
  stampPeerAddresses(http);
  const { startBackgroundJobs } = await import("./lib/jobs/scheduler");
  startBackgroundJobs();
}
