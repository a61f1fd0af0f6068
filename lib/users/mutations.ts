import "server-only";
/**
 * Accounts: the coordinator invites people by e-mail (they choose their own
 * password from the link), sets role and campus, deactivates accounts (their
 * sessions end at once) and sends a new link when one is lost; nobody ever
 * types someone else's password. Everyone changes their own password. At
 * least one active coordinator always remains.
 */
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { canManageUsers, isCampusDirector, isCoordinator } from "@/lib/auth/permissions";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { SERVICE_UNAVAILABLE, throttledMessage } from "@/lib/auth/messages";
import { throttledPasswordCheck } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/audit/log";
import { fieldErrorsOf, forbidden, invalid, notFound, type FieldErrors, type Result } from "@/lib/result";
import { accountLink, issueAccountToken } from "@/lib/auth/account-links";
import { invitationMail, passwordResetMail } from "@/lib/mail/compose";
import { sendMail } from "@/lib/mail/send";
import {
  changeOwnPasswordSchema,
  inviteUserSchema,
  updateUserSchema,
  type CreateUserInput,
  type UpdateUserInput,
} from "./schema";

/** The account written, and the password generated for it when none was typed (shown once). */
type UserSaved = Result<{ id: string; generatedPassword?: string }>;
const EMAIL_TAKEN = { email: "Un compte existe déjà avec cette adresse e-mail." };

/** What the audit log keeps of an account (never the password hash). */
const publicFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  campusId: true,
  isActive: true,
} as const;

async function checkCampus(tx: Tx, campusId: string | null): Promise<FieldErrors> {
  if (!campusId) return {};
  return (await tx.campus.count({ where: { id: campusId } })) ? {} : { campusId: "Ce campus n'existe pas." };
}

/** Would this change leave no active coordinator? */
async function removesLastCoordinator(tx: Tx, userId: string): Promise<boolean> {
  const others = await tx.user.count({ where: { role: "COORDINATOR", isActive: true, id: { not: userId } } });
  return others === 0;
}

/** Where the links of the mails lead ("https://cmq-bfc.org"), from the request that sends them. */
export type MailContext = { origin: string };

/** An account saved, and whether its mail left (false: the SMTP server refused it; send it again). */
type Invited = Result<{ id: string; mailSent: boolean }>;

const ROLE_IN_MAIL = {
  DO: "directeur opérationnel de campus",
  COORDINATOR: "coordination régionale",
} as const;

/** Inserts the account row and its audit line (`passwordHash` "" for an invitation not yet accepted). */
async function insertAccount(
  tx: Tx,
  input: UpdateUserInput,
  passwordHash: string,
  actor: Pick<SessionUser, "id"> | null,
  operation: "create" | "invite",
) {
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      campusId: isCampusDirector(input) ? input.campusId : null,
      passwordHash,
    },
    select: publicFields,
  });
  await recordAudit(tx, {
    actor,
    campusId: user.campusId,
    entityType: "user",
    entityId: user.id,
    operation,
    summary:
      operation === "invite" ? `Compte ${user.email} créé, invitation envoyée` : `Compte ${user.email} créé`,
    after: user,
  });
  return user;
}

/** Runs `write` unless the campus is unknown or the address taken (also when a concurrent write takes it). */
async function withNewAddress<T extends object>(
  input: UpdateUserInput,
  write: (tx: Tx) => Promise<T>,
): Promise<T | ReturnType<typeof invalid>> {
  try {
    return await db.$transaction(async (tx) => {
      const errors = await checkCampus(tx, input.campusId);
      if (Object.keys(errors).length) return invalid(errors);
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
        return invalid(EMAIL_TAKEN);
      return write(tx);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return invalid(EMAIL_TAKEN);
    throw error;
  }
}

/**
 * Inserts an account with a password, without any permission check: for
 * `npm run user:create` only (run by whoever administers the server, for
 * the first coordinator account). The back office invites instead.
 */
export async function insertUserAccountUnsafe(
  input: CreateUserInput,
  actor: Pick<SessionUser, "id"> | null,
): Promise<Extract<UserSaved, { ok: true }> | ReturnType<typeof invalid>> {
  const weakness = input.password && passwordWeakness(input.password, input);
  if (weakness) return invalid({ password: weakness });
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return withNewAddress(input, async (tx) => {
    const user = await insertAccount(tx, input, passwordHash, actor, "create");
    return { ok: true, id: user.id, ...(input.password ? {} : { generatedPassword: password }) } as const;
  });
}

/** Sends a mail, answering whether it left (a refusal of the SMTP server is logged, not thrown). */
async function delivered(message: Parameters<typeof sendMail>[0]): Promise<boolean> {
  try {
    await sendMail(message);
    return true;
  } catch (error) {
    console.error("[mail] non envoyé :", error instanceof Error ? error.message : error);
    return false;
  }
}

/**
 * The coordinator invites someone: the account is created without a password
 * and a mail carries a link, valid 7 days, to choose it.
 */
export async function inviteUser(actor: SessionUser, raw: unknown, context: MailContext): Promise<Invited> {
  if (!canManageUsers(actor)) return forbidden();
  const parsed = inviteUserSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const saved = await withNewAddress(input, async (tx) => {
    const user = await insertAccount(tx, input, "", actor, "invite");
    return { ok: true, user, ...(await issueAccountToken(tx, user.id, "INVITATION")) } as const;
  });
  if (!saved.ok) return saved;
  const mailSent = await delivered(
    invitationMail({
      to: saved.user.email,
      name: saved.user.name,
      roleLabel: ROLE_IN_MAIL[saved.user.role],
      invitedBy: actor.name,
      link: accountLink(context.origin, saved.token),
      expiresAt: saved.expiresAt,
    }),
  );
  return { ok: true, id: saved.user.id, mailSent };
}

/**
 * The coordinator sends an account a new link: a new invitation (7 days)
 * while its password was never chosen, else a password reset (30 minutes).
 * Earlier links stop working; the current password and sessions stay until
 * the person uses the link.
 */
export async function sendAccountLink(
  actor: SessionUser,
  id: string,
  context: MailContext,
): Promise<Invited> {
  if (!canManageUsers(actor)) return forbidden();
  const issued = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id },
      select: { ...publicFields, passwordHash: true },
    });
    if (!user || !user.isActive) return null;
    const kind = user.passwordHash ? "PASSWORD_RESET" : "INVITATION";
    const link = await issueAccountToken(tx, user.id, kind);
    await recordAudit(tx, {
      actor,
      campusId: user.campusId,
      entityType: "user",
      entityId: user.id,
      operation: kind === "INVITATION" ? "invite" : "send-reset-link",
      summary:
        kind === "INVITATION"
          ? `Nouvelle invitation envoyée à ${user.email}`
          : `Lien de réinitialisation du mot de passe envoyé à ${user.email}`,
    });
    return { user, kind, ...link };
  });
  if (!issued) return notFound();
  const link = accountLink(context.origin, issued.token);
  const mailSent = await delivered(
    issued.kind === "INVITATION"
      ? invitationMail({
          to: issued.user.email,
          name: issued.user.name,
          roleLabel: ROLE_IN_MAIL[issued.user.role],
          invitedBy: actor.name,
          link,
          expiresAt: issued.expiresAt,
        })
      : passwordResetMail({
          to: issued.user.email,
          name: issued.user.name,
          link,
          expiresAt: issued.expiresAt,
        }),
  );
  return { ok: true, id: issued.user.id, mailSent };
}

export async function updateUser(actor: SessionUser, id: string, raw: unknown): Promise<UserSaved> {
  if (!canManageUsers(actor)) return forbidden();
  const parsed = updateUserSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id }, select: publicFields });
      if (!before) return notFound();
      const errors = await checkCampus(tx, input.campusId);
      if (Object.keys(errors).length) return invalid(errors);
      if (
        isCoordinator(before) &&
        !isCoordinator(input) &&
        before.isActive &&
        (await removesLastCoordinator(tx, id))
      ) {
        return invalid({ role: "Il doit rester au moins un compte de coordination régionale actif." });
      }
      const taken = await tx.user.findFirst({
        where: { email: input.email, id: { not: id } },
        select: { id: true },
      });
      if (taken) return invalid(EMAIL_TAKEN);
      const after = await tx.user.update({
        where: { id },
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          campusId: isCampusDirector(input) ? input.campusId : null,
        },
        select: publicFields,
      });
      await recordAudit(tx, {
        actor,
        campusId: after.campusId ?? before.campusId,
        entityType: "user",
        entityId: id,
        operation: "update",
        summary: `Compte ${after.email} modifié`,
        before,
        after,
      });
      return { ok: true, id } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return invalid(EMAIL_TAKEN);
    throw error;
  }
}

/** Deactivating ends every session of the account at once; reactivating lets it sign in again. */
export async function setUserActive(actor: SessionUser, id: string, isActive: boolean): Promise<UserSaved> {
  if (!canManageUsers(actor)) return forbidden();
  if (!isActive && id === actor.id)
    return invalid({ _form: "Vous ne pouvez pas désactiver votre propre compte." });
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: publicFields });
    if (!before) return notFound();
    if (!isActive && isCoordinator(before) && (await removesLastCoordinator(tx, id))) {
      return invalid({ _form: "Il doit rester au moins un compte de coordination régionale actif." });
    }
    const after = await tx.user.update({ where: { id }, data: { isActive }, select: publicFields });
    if (!isActive)
      await tx.session.updateMany({
        where: { userId: id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    await recordAudit(tx, {
      actor,
      campusId: after.campusId,
      entityType: "user",
      entityId: id,
      operation: isActive ? "reactivate" : "deactivate",
      summary: `Compte ${after.email} ${isActive ? "réactivé" : "désactivé (sessions fermées)"}`,
      before,
      after,
    });
    return { ok: true, id } as const;
  });
}

/**
 * Anyone changes their own password, knowing the current one; their other
 * sessions end. The current-password check goes through the same throttle
 * as sign-in (same account counters), from the client `address` of the
 * request (lib/http/request-client.ts `clientAddress()`).
 */
export async function changeOwnPassword(
  user: SessionUser,
  currentSessionId: string | null,
  raw: unknown,
  address: string,
): Promise<UserSaved> {
  const parsed = changeOwnPasswordSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { passwordHash: true, isActive: true, campusId: true, email: true, name: true },
  });
  if (!row || !row.isActive) return notFound();
  const weakness = passwordWeakness(parsed.data.newPassword, row);
  if (weakness) return invalid({ newPassword: weakness });
  const verdict = await throttledPasswordCheck({ account: row.email, address }, async () =>
    (await verifyPassword(row.passwordHash, parsed.data.currentPassword)) ? true : null,
  );
  if (verdict.status === "refused")
    return invalid({ currentPassword: "Le mot de passe actuel est incorrect." });
  if (verdict.status === "throttled")
    return invalid({ currentPassword: throttledMessage(verdict.retryAfterMs) });
  if (verdict.status === "unavailable") return invalid({ _form: SERVICE_UNAVAILABLE });
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await tx.session.updateMany({
      where: {
        userId: user.id,
        revokedAt: null,
        ...(currentSessionId ? { id: { not: currentSessionId } } : {}),
      },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      actor: user,
      campusId: row.campusId,
      entityType: "user",
      entityId: user.id,
      operation: "change-password",
      summary: `${row.email} a changé son mot de passe`,
    });
  });
  return { ok: true, id: user.id };
}
