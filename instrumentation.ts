// Starts the mail worker once per server process (Node runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOutboxWorker } = await import("./lib/email/worker");
  startOutboxWorker();
}
