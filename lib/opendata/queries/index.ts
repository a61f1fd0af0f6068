import "server-only";
import type { CacheTag } from "@/lib/cache/tags";
import type { Site } from "@/lib/site/links";
import type { CollectionName } from "../collections";
import { getAction, listActions } from "./actions";
import { getCampus, listCampuses } from "./campuses";
import { getFormation, listFormations } from "./formations";
import { getFunding, listFundings } from "./fundings";
import { getPartner, listPartners } from "./partners";
import { getPlatform, listPlatforms } from "./platforms";
import type { Page } from "./page";

export type { Page } from "./page";

type Reader = {
  /** One page of items; `filters` is the output of the collection's filter schema. */
  list: (filters: never, page: Page, site: Site) => Promise<{ slug: string }[]>;
  get: (id: string, site: Site) => Promise<{ slug: string } | null>;
};

/** How each collection is read from the database (published records only). */
export const readers = {
  campuses: { list: listCampuses, get: getCampus },
  actions: { list: listActions, get: getAction },
  formations: { list: listFormations, get: getFormation },
  partners: { list: listPartners, get: getPartner },
  platforms: { list: listPlatforms, get: getPlatform },
  fundings: { list: listFundings, get: getFunding },
} satisfies Record<CollectionName, Reader>;

/** The reader of a collection, for code that handles any of them (filters already parsed by its schema). */
export function readerOf(name: CollectionName) {
  return readers[name] as unknown as {
    list: (filters: unknown, page: Page, site: Site) => Promise<{ slug: string }[]>;
    get: (id: string, site: Site) => Promise<{ slug: string } | null>;
  };
}

/**
 * The cache tags of each collection's reads (the same as its reader's
 * `cachedQueryRead`): whatever is cached from a list, such as a whole JSON
 * page (../api.ts), is invalidated by the writes that change the list.
 */
export const READ_TAGS = {
  campuses: ["campuses", "organisations"],
  actions: ["actions", "campuses", "organisations", "formations", "platforms"],
  formations: ["formations", "campuses", "organisations"],
  partners: ["organisations", "campuses"],
  platforms: ["platforms", "campuses", "organisations"],
  fundings: ["fundings", "organisations", "campuses", "platforms"],
} as const satisfies Record<CollectionName, readonly CacheTag[]>;
