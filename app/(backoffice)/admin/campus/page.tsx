import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requireCoordinator } from "@/lib/auth/guards";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import { formatCount, plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Campus" };

export default async function CampusesPage() {
  const user = await requireCoordinator();
  const campuses = await listCampusesForAdmin(user);
  return (
    <>
      <AdminPageHeader title="Campus" lead="Présentation, axes, fonctions et contacts des six campus." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {campuses.map((c) => (
          <li
            key={c.id}
            className="rounded border border-line border-t-4 p-4"
            style={{ borderTopColor: c.color }}
          >
            <h2 className="text-lg font-bold">
              <Link href={`/admin/campus/${c.slug}`}>{c.shortName}</Link>
            </h2>
            <p className="text-sm text-muted">
              {c.acronym} — {formatCount(c._count.actions, plural("action"))},{" "}
              {formatCount(c._count.axes, plural("axe"))}, {formatCount(c._count.roles, plural("fonction"))}—{" "}
              {c.email}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
