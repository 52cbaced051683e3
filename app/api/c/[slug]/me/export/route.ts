import { exportMyData } from "@/lib/applications/mine";
import { getCurrentUser } from "@/lib/auth/session";
import { resolveTenant } from "@/lib/auth/tenant-context";
import { withTenant } from "@/lib/db/tenant";
import { downloadFailure, downloadResponse } from "@/lib/server/download";
import { exportMyTraineeData } from "@/lib/trainees/export";

/** All of the signed-in applicant's (or trainee's) data in this consortium as one JSON file. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const ctx = await resolveTenant(user, slug);
  if (!ctx?.can("application.read.own")) return new Response(null, { status: 404 });
  try {
    const data = await withTenant(ctx.consortium.id, user.id, async (tx) => {
      const mine = await exportMyData(tx, ctx.consortium.id, user.id);
      return ctx.can("trainee.self") ? { ...mine, traineeYears: await exportMyTraineeData(tx, ctx.consortium.id, user.id) } : mine;
    });
    return downloadResponse(JSON.stringify(data, null, 2), "application/json; charset=utf-8", `kohort-${slug}-my-data.json`);
  } catch (error) {
    return downloadFailure(error);
  }
}
