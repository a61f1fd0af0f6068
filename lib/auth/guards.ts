import "server-only";
/** Page guards of the back office: a 404 for the coordinator's sections and for records the user may not open. */
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

type RecordPageProps<Params> = { params: Promise<Params>; searchParams: Promise<RawParams> };

/**
 * A back-office record screen: the user `requireAccess` lets into the
 * section, the record `find` returns for them from the route's `param`
 * (its id or slug), and the URL's query (the banner of the last operation
 * reads it). A 404 when `find` returns null: the query decides which records
 * this user may open.
 */
export async function requireRecord<Param extends string, T>(
  requireAccess: () => Promise<SessionUser>,
  { params, searchParams }: RecordPageProps<Record<Param, string>>,
  param: Param,
  find: (user: SessionUser, value: string) => Promise<T | null>,
): Promise<{ user: SessionUser; record: T; searchParams: RawParams }> {
  const user = await requireAccess();
  const [routeParams, query] = await Promise.all([params, searchParams]);
  const record = (await find(user, routeParams[param])) ?? notFound();
  return { user, record, searchParams: query };
}

/**
 * A coordinator's record screen (/admin/<list>/<id>): a 404 when the record
 * does not exist or the user is not the coordinator.
 */
export function requireCoordinatorRecord<T>(
  props: RecordPageProps<{ id: string }>,
  find: (user: SessionUser, id: string) => Promise<T | null>,
): Promise<{ user: SessionUser; record: T; searchParams: RawParams }> {
  return requireRecord(requireCoordinator, props, "id", find);
}
