import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import { createConsortium } from "@/lib/consortia/service";
import { systemDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { withTenant } from "@/lib/db/tenant";
import { createEmployer } from "@/lib/members/service";

// Test data made through the domain functions where one exists, so tests exercise real paths.
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createUser(label: string): Promise<CurrentUser> {
  const email = `${label}-${randomUUID().slice(0, 8)}@test.example`;
  const user = await systemDb().user.create({ data: { email, name: label } });
  return { id: user.id, email: user.email, name: user.name };
}

export interface TenantFixture {
  id: string;
  slug: string;
  employerId: string;
  users: Record<Role, CurrentUser>;
  membershipIds: Record<Role, string>;
}

/** A consortium with one member employer and one person in every role. */
export async function createTenant(prefix = "t"): Promise<TenantFixture> {
  const coordinator = await createUser(`${prefix}-coordinator`);
  const consortium = await createConsortium(coordinator, {
    name: `Test ${prefix}`,
    slug: uniqueSlug(prefix),
    country: "SE",
    currency: "SEK",
    defaultLocale: "sv",
  });
  const employer = await withTenant(consortium.id, coordinator.id, (tx) =>
    createEmployer(tx, { consortiumId: consortium.id, userId: coordinator.id }, {
      name: `Employer ${prefix}`,
      orgNumber: `${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}-${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}`,
      sector: "PRIVATE",
      sizeBand: "FROM_10_TO_49",
      municipality: "Karlstad",
      memberSince: "2025-01-01",
      status: "ACTIVE",
    }),
  );
  const users = { COORDINATOR: coordinator } as Record<Role, CurrentUser>;
  for (const role of ["EMPLOYER", "STEERING", "APPLICANT"] as const) {
    users[role] = await addMember(consortium.id, role, role === "EMPLOYER" ? employer.id : null, prefix);
  }
  const memberships = await systemDb().membership.findMany({ where: { consortiumId: consortium.id } });
  const membershipIds = Object.fromEntries(memberships.map((m) => [m.role, m.id])) as Record<Role, string>;
  return { id: consortium.id, slug: consortium.slug, employerId: employer.id, users, membershipIds };
}

export async function addMember(consortiumId: string, role: Role, employerId: string | null, prefix = "t") {
  const user = await createUser(`${prefix}-${role.toLowerCase()}`);
  await systemDb().membership.create({ data: { consortiumId, userId: user.id, role, employerId } });
  return user;
}
