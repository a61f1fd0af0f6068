import "server-only";
/** What the form of a formation or a plateforme technologique offers to choose from. */
import type { SessionUser } from "@/lib/auth/types";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import { listOrganisationChoices } from "@/lib/formations/backoffice-queries";

/** The directory's organisations (establishment, host) and the campuses, as form options. */
export async function listEntryFormChoices(user: SessionUser) {
  const [organisations, campuses] = await Promise.all([
    listOrganisationChoices(user),
    listCampusesForAdmin(user),
  ]);
  return { organisations, campuses: campuses.map((c) => ({ value: c.id, label: c.shortName })) };
}
