import "server-only";
/** Page guards of the back office: the coordinator's sections are 404 for anyone else. */
import { notFound } from "next/navigation";
import { canManageDirectories } from "./permissions";
import { requireUser } from "./session";
import type { RawParams } from "@/lib/filters";
import type { SessionUser } from "./types";

export async function requireCoordinator(): Promise<SessionUser> {
  const user = await requireUser();
  if (!canManageDirectories(user)) notFound();
  return user;
}

/**
 * A coordinator's record screen (/admin/<list>/<id>): the record and the
 * URL's query (the banner of the last operation reads it); a 404 when the
 * record does not exist or the user is not the coordinator.
 */
export async function requireCoordinatorRecord<T>(
  { params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<RawParams> },
  find: (user: SessionUser, id: string) => Promise<T | null>,
): Promise<{ user: SessionUser; record: T; searchParams: RawParams }> {
  const user = await requireCoordinator();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const record = (await find(user, id)) ?? notFound();
  return { user, record, searchParams: query };
}
