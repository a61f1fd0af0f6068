import "server-only";
/**
 * "Mot de passe oublié ?": whoever types an address gets the same answer,
 * whether an account has it or not, and the mail (if any) leaves after the
 * answer, so neither the words nor the time tell. Requests are counted in
 * the database per address and per client (every instance sees the same
 * counts): past the limits, the answer stays the same and no mail leaves.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { passwordResetMail } from "@/lib/mail/compose";
import { sendMail } from "@/lib/mail/send";
import { fieldErrorsOf, invalid, type Result } from "@/lib/result";
import { emailField } from "@/lib/users/schema";
import { accountLink, issueAccountToken } from "./account-links";

export const RESET_WINDOW_MS = 60 * 60 * 1000;
/** Mails per address per hour. */
export const RESET_MAX_PER_ADDRESS = 3;
/** Requests per client per hour, whatever the addresses. */
export const RESET_MAX_PER_CLIENT = 20;

export const RESET_REQUESTED =
  "Si un compte actif correspond à cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé. Il est valable 30 minutes.";

export const resetRequestSchema = z.object({ email: emailField });

/** Work left to do after the answer: the mail, when one is due. */
export type ResetRequested = Result<{ delivery: Promise<void> }>;

export async function requestPasswordReset(
  raw: unknown,
  context: { origin: string; clientAddress: string },
): Promise<ResetRequested> {
  const parsed = resetRequestSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { email } = parsed.data;
  const since = new Date(Date.now() - RESET_WINDOW_MS);
  const issued = await db.$transaction(async (tx) => {
    // Requests older than the window count no more: the table stays small.
    await tx.passwordResetRequest.deleteMany({ where: { createdAt: { lt: since } } });
    const [forAddress, forClient] = await Promise.all([
      tx.passwordResetRequest.count({ where: { email, createdAt: { gte: since } } }),
      tx.passwordResetRequest.count({
        where: { clientAddress: context.clientAddress, createdAt: { gte: since } },
      }),
    ]);
    await tx.passwordResetRequest.create({ data: { email, clientAddress: context.clientAddress } });
    if (forAddress >= RESET_MAX_PER_ADDRESS || forClient >= RESET_MAX_PER_CLIENT) return null;
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, name: true, email: true, isActive: true },
    });
    if (!user?.isActive) return null;
    return { user, ...(await issueAccountToken(tx, user.id, "PASSWORD_RESET")) };
  });
  const delivery = issued
    ? sendMail(
        passwordResetMail({
          to: issued.user.email,
          name: issued.user.name,
          link: accountLink(context.origin, issued.token),
          expiresAt: issued.expiresAt,
        }),
      ).catch((error: unknown) => {
        console.error(
          "[mail] réinitialisation non envoyée :",
          error instanceof Error ? error.message : error,
        );
      })
    : Promise.resolve();
  return { ok: true, delivery };
}
