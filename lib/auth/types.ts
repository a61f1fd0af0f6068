/**
 * Who is signed in, as every server-side check sees it. Built from the
 * server-side Session row on each request (lib/auth/session.ts), never from
 * anything the browser sends.
 */
import type { CampusSlug } from "@/lib/site/campuses";

export type UserRole = "DO" | "COORDINATOR";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** The campus a DO manages; null for the coordinator. */
  campusId: string | null;
  campusSlug: CampusSlug | null;
};
