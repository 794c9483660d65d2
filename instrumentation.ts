import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Next calls this once per server process, before it serves requests. A bad
 * environment, or a database that does not answer, stops the server here, with a
 * message naming the variable, instead of failing on some later request; then
 * the mail worker, the webhook worker and the scheduler start. First of all, the socket address of each request starts being
 * recorded for rate limits (lib/requests/peer-address.ts).
 */
export async function register() {
  // Written as one `if` block, which Next compiles away for the Edge runtime: the code
  // inside is Node-only. `next build` runs this in its page-data workers too, where
  // neither the worker nor the database belongs.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) {
    const { capturePeerAddresses } = await import("./lib/requests/peer-address");
    capturePeerAddresses();
    const { env, EnvError } = await import("./lib/env");
    try {
      env();
    } catch (e) {
      if (!(e instanceof EnvError)) throw e;
      console.error(e.message);
      process.exit(1);
    }
    // The database must answer before anything is served or swept: a wrong DATABASE_URL stops here, named.
    const { databaseStartupProblem } = await import("./lib/health");
    const problem = await databaseStartupProblem();
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
    const { startMailWorker } = await import("./lib/mail/worker");
    startMailWorker();
    const { startWebhookWorker } = await import("./lib/webhooks/worker");
    startWebhookWorker();
    const { startScheduler } = await import("./lib/scheduler/start");
    startScheduler();
  }
}
