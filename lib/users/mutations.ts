import "server-only";
/**
 * Accounts: the coordinator creates them, sets role and campus, deactivates
 * them (their sessions end at once) and resets passwords; everyone changes
 * their own password. At least one active coordinator always remains.
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
import {
  changeOwnPasswordSchema,
  createUserSchema,
  resetPasswordSchema,
  updateUserSchema,
  type CreateUserInput,
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

/**
 * Inserts an account without any permission check: for `npm run user:create`
 * (run by whoever administers the server) and for createUser below.
 */
export async function insertUserAccountUnsafe(
  input: CreateUserInput,
  actor: Pick<SessionUser, "id"> | null,
): Promise<Extract<UserSaved, { ok: true }> | ReturnType<typeof invalid>> {
  const weakness = input.password && passwordWeakness(input.password, input);
  if (weakness) return invalid({ password: weakness });
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const errors = await checkCampus(tx, input.campusId);
      if (Object.keys(errors).length) return invalid(errors);
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
        return invalid(EMAIL_TAKEN);
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
        operation: "create",
        summary: `Compte ${user.email} créé`,
        after: user,
      });
      return { ok: true, id: user.id, ...(input.password ? {} : { generatedPassword: password }) } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return invalid(EMAIL_TAKEN);
    throw error;
  }
}

export async function createUser(actor: SessionUser, raw: unknown): Promise<UserSaved> {
  if (!canManageUsers(actor)) return forbidden();
  const parsed = createUserSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return insertUserAccountUnsafe(parsed.data, actor);
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

/** The coordinator sets a new password (typed, or generated and shown once); the account's sessions end. */
export async function resetUserPassword(actor: SessionUser, id: string, raw: unknown): Promise<UserSaved> {
  if (!canManageUsers(actor)) return forbidden();
  const parsed = resetPasswordSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const owner = await db.user.findUnique({ where: { id }, select: { email: true, name: true } });
  if (!owner) return notFound();
  const weakness = parsed.data.password && passwordWeakness(parsed.data.password, owner);
  if (weakness) return invalid({ password: weakness });
  const password = parsed.data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: publicFields });
    if (!user) return notFound();
    await tx.user.update({ where: { id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      actor,
      campusId: user.campusId,
      entityType: "user",
      entityId: id,
      operation: "reset-password",
      summary: `Mot de passe de ${user.email} réinitialisé (sessions fermées)`,
    });
    return { ok: true, id, ...(parsed.data.password ? {} : { generatedPassword: password }) } as const;
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
