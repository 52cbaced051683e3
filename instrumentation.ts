// Starts the background jobs (mail, posting calendar) once per server process (Node runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundJobs } = await import("./lib/jobs/scheduler");
  startBackgroundJobs();
}
