"use client";
import { useActionState } from "react";
import { signOutServerAction } from "@/lib/auth/server-actions";

/** Ends the server-side session, then clears the cookie. */
export function SignOutButton() {
  const [, formAction] = useActionState(signOutServerAction, { status: "idle" });
  return (
    <form action={formAction}>
      <button
        type="submit"
        className="rounded border-2 border-accent px-3 py-1.5 font-semibold text-accent hover:bg-accent-tint"
      >
        Se déconnecter
      </button>
    </form>
  );
}
