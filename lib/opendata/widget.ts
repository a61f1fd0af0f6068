import "server-only";
import { formationFiltersSchema, type FormationFilters } from "@/lib/formations/filters";
import type { RawParams } from "@/lib/filters";
import type { CampusSlug } from "@/lib/site/campuses";
import type { Site } from "@/lib/site/links";
import type { FormationItem } from "./dto";
import { listFormations } from "./queries/formations";
import { compareFrench } from "@/lib/text/collate";

/** More than any campus offers: the widget shows a campus's whole catalogue. */
const WIDGET_MAX = 300;

/**
 * Filters a partner may add to the widget's address (?diploma=bts&level=5…),
 * with the campus fixed by the path. An invalid filter is ignored rather than
 * shown as an error on the partner's page.
 */
export function widgetFilters(campus: CampusSlug, params: RawParams): FormationFilters {
  const parsed = formationFiltersSchema.safeParse({ ...params, campus: undefined });
  const filters = parsed.success ? parsed.data : formationFiltersSchema.parse({});
  return { ...filters, campus: [campus] };
}

/** The published formations the widget lists, by title. */
export async function listWidgetFormations(filters: FormationFilters, site: Site): Promise<FormationItem[]> {
  const items = await listFormations(filters, { after: null, take: WIDGET_MAX }, site);
  return items.sort((a, b) => compareFrench(a.title, b.title));
}
