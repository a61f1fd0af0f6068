import { signOutAction } from "@/lib/auth/actions";

/** Ends the server-side session, then clears the cookie. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded border-2 border-accent px-3 py-1.5 font-semibold text-accent hover:bg-accent-tint"
      >
        Se déconnecter
      </button>
    </form>
  );
}
