import "server-only";
/**
 * E-mail + password check. The same work is done whether or not the account
 * exists (a dummy argon2id hash is verified), and every refusal looks the
 * same to the caller: no account enumeration. An invited account whose
 * password is not chosen yet (empty hash) is checked against the dummy too.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { dummyPasswordHash, PASSWORD_MAX_LENGTH, verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export type VerifiedUser = { id: string; email: string; name: string };

export async function verifyCredentials(input: unknown): Promise<VerifiedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) {
    await verifyPassword(await dummyPasswordHash(), "x");
    return null;
  }
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, isActive: true },
  });
  const ok = await verifyPassword(user?.passwordHash || (await dummyPasswordHash()), password);
  if (!user || !ok || !user.isActive) return null;
  return { id: user.id, email: user.email, name: user.name };
}
