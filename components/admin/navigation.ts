/** Sections of the back office, by role. "Rapport annuel" is the annual report's own section. */
import type { SessionUser } from "@/lib/auth/types";
import type { AdminNavItem } from "./admin-nav";
import { isCoordinator } from "@/lib/auth/permissions";

export function adminNavigation(user: Pick<SessionUser, "role">): AdminNavItem[] {
  const common: AdminNavItem[] = [
    { href: "/admin", label: "Tableau de bord" },
    { href: "/admin/actions", label: "Actions" },
    { href: "/admin/archives", label: "Archives" },
  ];
  const coordinator: AdminNavItem[] = [
    { href: "/admin/campus", label: "Campus" },
    { href: "/admin/organisations", label: "Organisations" },
    { href: "/admin/formations", label: "Formations" },
    { href: "/admin/plateformes", label: "Plateformes technologiques" },
    { href: "/admin/financements", label: "Financements" },
    { href: "/admin/gouvernance", label: "Gouvernance" },
    { href: "/admin/imports", label: "Imports CSV" },
    { href: "/admin/utilisateurs", label: "Comptes" },
    { href: "/admin/journal", label: "Journal des modifications" },
    { href: "/admin/parametres", label: "Paramètres du site" },
  ];
  const end: AdminNavItem[] = [
    { href: "/admin/rapport", label: "Rapport annuel" },
    { href: "/admin/compte", label: "Mon compte" },
  ];
  return [...common, ...(isCoordinator(user) ? coordinator : []), ...end];
}
