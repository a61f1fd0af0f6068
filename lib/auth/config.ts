import "server-only";
/**
 * Auth.js (next-auth v5) with e-mail + password. Credentials sign-in
 * requires JWT sessions in Auth.js, so the signed cookie carries only the id
 * of a server-side Session row (`sid`); who the user is, and whether the
 * session is still valid, is read from the database on every request
 * (lib/auth/session.ts). The session cookie is the only cookie of the site.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./credentials";
import { ABSOLUTE_TIMEOUT_MS } from "./session-policy";
import { createSession, revokeSession } from "./session-store";

type SessionIdCarrier = { sid?: unknown };

function sessionIdOf(value: unknown): string | null {
  const sid = (value as SessionIdCarrier | null | undefined)?.sid;
  return typeof sid === "string" && sid.length > 0 ? sid : null;
}

export const { auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const user = await verifyCredentials(credentials);
        if (!user) return null;
        const sid = await createSession(user.id);
        return { id: user.id, sid };
      },
    }),
  ],
  callbacks: {
    // Only the session id goes into the token: no name, e-mail or role.
    jwt({ token, user }) {
      const sid = sessionIdOf(user) ?? sessionIdOf(token);
      return sid ? { sid } : null;
    },
    session({ session, token }) {
      return { sid: sessionIdOf(token), expires: session.expires } as unknown as typeof session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? sessionIdOf(message.token) : null;
      if (sid) await revokeSession(sid);
    },
  },
  logger: {
    // A wrong password is expected, not an error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin")
        return;
      console.error("[auth]", error);
    },
  },
});

/** The session id in the signed cookie of the current request, if any. */
export async function currentSessionId(): Promise<string | null> {
  return sessionIdOf(await auth());
}
