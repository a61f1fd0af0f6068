import { notFound } from "next/navigation";
import { getCampus } from "@/lib/campuses/queries";
import { currentSite } from "@/lib/site/current";

/**
 * The embeddable widget's own frame: the campus accent and nothing else (no
 * site header, footer or skip link: it lives inside a partner's page).
 * `<html lang="fr">` comes from the root layout.
 */
export default async function WidgetLayout({ children, params }: LayoutProps<"/[site]/[campus]/widget">) {
  const { campus: slug } = await params;
  await currentSite();
  const campus = await getCampus(slug);
  if (!campus) notFound();
  return (
    <div style={{ "--site-accent": campus.color } as React.CSSProperties} className="p-3 text-sm sm:p-4">
      {children}
    </div>
  );
}
