import "server-only";
/** The coordinator saves the site settings; the legal notice and contact pages follow at once. */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { isCoordinator } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/log";
import { fieldErrorsOf, forbidden, invalid, type Result } from "@/lib/result";
import { siteSettingsSchema } from "./schema";
import { readSiteSettings } from "./queries";

export async function updateSiteSettings(actor: SessionUser, raw: unknown): Promise<Result<object>> {
  if (!isCoordinator(actor)) return forbidden();
  const parsed = siteSettingsSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const data = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await readSiteSettings(tx);
    await tx.siteSettings.upsert({ where: { id: "site" }, create: { id: "site", ...data }, update: data });
    await recordAudit(tx, {
      actor,
      campusId: null,
      entityType: "settings",
      entityId: "site",
      operation: "update",
      summary: "Paramètres du site modifiés",
      before,
      after: data,
    });
    return { ok: true } as const;
  });
}
