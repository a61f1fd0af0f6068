import "server-only";
/** Page guards of the back office: the coordinator's sections are 404 for anyone else. */
import { notFound } from "next/navigation";
import { canManageDirectories } from "./permissions";
import { requireUser } from "./session";
import type { SessionUser } from "./types";

export async function requireCoordinator(): Promise<SessionUser> {
  const user = await requireUser();
  if (!canManageDirectories(user)) notFound();
  return user;
}
