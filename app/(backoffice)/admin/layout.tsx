import type { Metadata } from "next";
import { SkipLink } from "@/components/layout/skip-link";
import { Container } from "@/components/ui/container";
import { AdminHeader } from "@/components/admin/admin-header";
import { AdminNav } from "@/components/admin/admin-nav";
import { adminNavigation } from "@/components/admin/navigation";
import { requireUser } from "@/lib/auth/session";
import { getCampusName } from "@/lib/campuses/backoffice-queries";
import { IdleDialog } from "@/components/admin/idle-dialog";
import { IDLE_WARNING_MS } from "@/lib/auth/session-policy";

export const metadata: Metadata = {
  title: { default: "Espace de gestion — CMQ Bourgogne-Franche-Comté", template: "%s — Espace de gestion" },
  robots: { index: false, follow: false },
};

/**
 * Chrome of the back office. Signing in is required here for the look only:
 * every page, server action and route handler checks the session and the
 * permissions again in lib/.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const campusName = user.campusId ? await getCampusName(user.campusId) : null;
  return (
    <>
      <SkipLink />
      <AdminHeader user={user} campusName={campusName} />
      <Container className="flex flex-col gap-8 py-8 lg:flex-row">
        <aside className="no-print lg:w-64 lg:shrink-0">
          <AdminNav items={adminNavigation(user)} />
        </aside>
        <main id="contenu" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </Container>
      <IdleDialog warningMs={IDLE_WARNING_MS} />
    </>
  );
}
