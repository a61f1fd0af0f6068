import "server-only";
/**
 * The links sent by mail to choose a password: the invitation of a new
 * account (7 days) and the password reset (30 minutes). The token is 32
 * random bytes in the link; the database keeps its SHA-256 only, so a copy
 * of the database opens no account. A token serves once; issuing a new one
 * retires the earlier ones of the same account; choosing the password
 * closes every session of the account.
 */
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import type { AccountTokenKind } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/log";
import { fieldErrorsOf, invalid, invalidForm, type Result } from "@/lib/result";
import { newPassword } from "@/lib/users/schema";
import { hashPassword } from "./password";
import { passwordWeakness } from "./password-strength";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_TTL_MS = 30 * 60 * 1000;
const TTL: Record<AccountTokenKind, number> = {
  INVITATION: INVITATION_TTL_MS,
  PASSWORD_RESET: PASSWORD_RESET_TTL_MS,
};

/** The page a link opens (under /connexion, served on every host). */
export const SET_PASSWORD_PATH = "/connexion/mot-de-passe";

export const LINK_INVALID =
  "Ce lien n’est plus valable\u00A0: il a déjà servi, a expiré ou a été remplacé par un plus récent.";

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The address of the page that uses `token`, on `origin` ("https://cmq-bfc.org"). */
export function accountLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}${SET_PASSWORD_PATH}/${token}`;
}

/** A new token of `kind` for the account (earlier unused ones of that kind stop working). */
export async function issueAccountToken(
  tx: Tx,
  userId: string,
  kind: AccountTokenKind,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  await tx.accountToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TTL[kind]);
  await tx.accountToken.create({
    data: { userId, kind, tokenHash: hashToken(token), expiresAt, createdAt: now },
  });
  return { token, expiresAt };
}

const tokenShape = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);

/** What the page of a link shows: whose account and why, or null when the link cannot serve. */
export async function findUsableAccountLink(
  token: string,
): Promise<{ kind: AccountTokenKind; email: string; name: string } | null> {
  if (!tokenShape.safeParse(token).success) return null;
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      kind: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { email: true, name: true, isActive: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || !row.user.isActive) return null;
  return { kind: row.kind, email: row.user.email, name: row.user.name };
}

export const setPasswordSchema = z
  .object({ token: z.string(), newPassword, confirmation: z.string() })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmation)
      ctx.addIssue({
        code: "custom",
        path: ["confirmation"],
        message: "La confirmation ne correspond pas au nouveau mot de passe.",
      });
  });

/**
 * Sets the password of the link's account, spends the link (and every other
 * unused link of the account) and closes all its sessions.
 */
export async function setPasswordWithLink(raw: unknown): Promise<Result<{ kind: AccountTokenKind }>> {
  const parsed = setPasswordSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { token } = parsed.data;
  if (!tokenShape.safeParse(token).success) return invalidForm(LINK_INVALID);
  const owner = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { user: { select: { email: true, name: true } } },
  });
  if (!owner) return invalidForm(LINK_INVALID);
  const weakness = passwordWeakness(parsed.data.newPassword, owner.user);
  if (weakness) return invalid({ newPassword: weakness });
  const passwordHash = await hashPassword(parsed.data.newPassword);
  const now = new Date();
  return db.$transaction(async (tx) => {
    // Spending the token is the guard: of two submissions of one link, one only updates it.
    const spent = await tx.accountToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { isActive: true } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) return invalidForm(LINK_INVALID);
    const row = await tx.accountToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
      select: { kind: true, user: { select: { id: true, email: true, campusId: true } } },
    });
    const user = row.user;
    await tx.accountToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: now } });
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actor: { id: user.id },
      campusId: user.campusId,
      entityType: "user",
      entityId: user.id,
      operation: row.kind === "INVITATION" ? "accept-invitation" : "reset-password",
      summary:
        row.kind === "INVITATION"
          ? `${user.email} a choisi son mot de passe (invitation acceptée)`
          : `${user.email} a réinitialisé son mot de passe par le lien reçu (sessions fermées)`,
    });
    return { ok: true, kind: row.kind } as const;
  });
}
