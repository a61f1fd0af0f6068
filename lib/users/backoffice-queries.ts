import "server-only";
/** Accounts, as the coordinator's user management reads them (null/[] for anyone else). */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageUsers, isCoordinator } from "@/lib/auth/permissions";
import { ABSOLUTE_TIMEOUT_MS } from "@/lib/auth/session-policy";
import { sortFrench } from "@/lib/text/collate";
import { typeset } from "@/lib/text/typeset";

export type AdminUserRow = {
  id: string;
  email: string;
  name: string;
  role: "DO" | "COORDINATOR";
  campusId: string | null;
  campusAcronym: string | null;
  isActive: boolean;
  /** Invited, password not chosen yet. */
  isPending: boolean;
  lastSeenAt: Date | null;
  activeSessions: number;
};

export async function listUsers(actor: SessionUser): Promise<AdminUserRow[]> {
  if (!canManageUsers(actor)) return [];
  const since = new Date(Date.now() - ABSOLUTE_TIMEOUT_MS);
  const rows = await db.user.findMany({
    orderBy: [{ role: "desc" }, { campus: { position: "asc" } }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      campusId: true,
      isActive: true,
      passwordHash: true,
      campus: { select: { acronym: true, position: true } },
      sessions: {
        where: { revokedAt: null, createdAt: { gte: since } },
        select: { lastSeenAt: true },
        orderBy: { lastSeenAt: "desc" },
      },
    },
  });
  // Coordinators first, then each campus's DOs, by name in French order.
  const group = (u: (typeof rows)[number]) => (isCoordinator(u) ? -1 : (u.campus?.position ?? 99));
  const users = sortFrench(
    rows,
    (u) => u.name || u.email,
    (a, b) => group(a) - group(b),
  );
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: typeset(u.name),
    role: u.role,
    campusId: u.campusId,
    campusAcronym: u.campus?.acronym ?? null,
    isActive: u.isActive,
    isPending: u.passwordHash === "",
    lastSeenAt: u.sessions[0]?.lastSeenAt ?? null,
    activeSessions: u.sessions.length,
  }));
}

export async function getUser(actor: SessionUser, id: string) {
  if (!canManageUsers(actor) || !id || id.length > 64) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      campusId: true,
      isActive: true,
      passwordChangedAt: true,
      passwordHash: true,
      createdAt: true,
      accountTokens: {
        where: { usedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { kind: true, expiresAt: true },
      },
    },
  });
  if (!user) return null;
  const { passwordHash, accountTokens, ...rest } = user;
  return { ...rest, isPending: passwordHash === "", pendingLink: accountTokens[0] ?? null };
}
