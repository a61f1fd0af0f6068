import Link from "next/link";
import { Container } from "@/components/ui/container";
import type { SessionUser } from "@/lib/auth/types";
import { SignOutButton } from "./sign-out-button";
import { isCoordinator } from "@/lib/auth/permissions";

/** Header of the back office: who is signed in, in which role, and the way out. */
export function AdminHeader({ user, campusName }: { user: SessionUser; campusName: string | null }) {
  const role = isCoordinator(user)
    ? "Coordination régionale"
    : `Directeur opérationnel — ${campusName ?? "campus inconnu"}`;
  return (
    <header className="border-b-4 border-accent bg-surface">
      <Container className="flex flex-wrap items-center justify-between gap-4 py-4">
        <Link href="/admin" className="group flex flex-col no-underline">
          <span className="text-sm text-muted">
            Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté
          </span>
          <span className="text-xl font-bold text-accent group-hover:underline">Espace de gestion</span>
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-sm">
            <span className="font-semibold">{user.name}</span>
            <br />
            <span className="text-muted">{role}</span>
          </p>
          <Link href="/" className="text-sm">
            Voir le site public
          </Link>
          <SignOutButton />
        </div>
      </Container>
    </header>
  );
}
