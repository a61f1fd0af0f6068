/**
 * Helpers of the back-office integration tests: the signed-in user of a demo
 * account, a complete valid action form, and a fingerprint of everything an
 * action write could touch (to prove a refused attempt changed nothing).
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import type { ActionFormValues } from "@/lib/actions/schema";

export const CAMPUSES: CampusSlug[] = ["agt", "amf", "itip", "mma", "msi", "ti"];

export async function sessionUserFor(email: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({
    where: { email },
    include: { campus: { select: { slug: true } } },
  });
  const slug = u.campus?.slug;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    campusId: u.campusId,
    campusSlug: slug && isCampusSlug(slug) ? slug : null,
  };
}

export const doOf = (slug: CampusSlug) => sessionUserFor(`do.${slug}@cmq-bfc.org`);
export const coordinator = () => sessionUserFor("coordination@cmq-bfc.org");

export async function campusIdOf(slug: CampusSlug): Promise<string> {
  return (await db.campus.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

export function actionValues(campusId: string, overrides: Partial<ActionFormValues> = {}): ActionFormValues {
  return {
    title: "Forum des métiers de test",
    slug: "",
    summary: "Un forum pour faire découvrir les métiers aux collégiens.",
    body: "## Déroulé\n\nUne matinée de rencontres.",
    source: "",
    status: "PROJETEE",
    start: "09/2026",
    end: "",
    reportYears: ["2026"],
    audiences: ["COLLEGIENS"],
    campuses: [{ campusId, axisId: "", isLead: true }],
    beneficiaries: [{ count: "120", unit: "ELEVES", detail: "collégiens", audience: "COLLEGIENS" }],
    partners: [],
    newPartners: [],
    links: [{ label: "Programme", url: "https://example.org/programme" }],
    formationIds: [],
    platformIds: [],
    ...overrides,
  };
}

/** Everything an action write touches, as comparable JSON. */
export async function actionsFingerprint(): Promise<string> {
  const [
    actions,
    campuses,
    beneficiaries,
    partners,
    links,
    formations,
    platforms,
    revisions,
    audit,
    organisations,
  ] = await Promise.all([
    db.action.findMany({ orderBy: { id: "asc" } }),
    db.actionCampus.findMany({ orderBy: [{ actionId: "asc" }, { campusId: "asc" }] }),
    db.actionBeneficiary.findMany({ orderBy: { id: "asc" } }),
    db.actionPartner.findMany({ orderBy: [{ actionId: "asc" }, { organisationId: "asc" }] }),
    db.actionLink.findMany({ orderBy: { id: "asc" } }),
    db.actionFormation.findMany({ orderBy: [{ actionId: "asc" }, { formationId: "asc" }] }),
    db.actionPlatform.findMany({ orderBy: [{ actionId: "asc" }, { platformId: "asc" }] }),
    db.actionRevision.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, actionId: true },
    }),
    db.auditLog.count(),
    db.organisation.count(),
  ]);
  return JSON.stringify({
    actions,
    campuses,
    beneficiaries,
    partners,
    links,
    formations,
    platforms,
    revisions,
    audit,
    organisations,
  });
}
