/** The coordinator's dashboard: the site settings still empty, each "À compléter". */
import Link from "next/link";
import { Tag } from "@/components/admin/tags";
import { SETTING_LABELS, type SiteSettings } from "@/lib/settings/schema";

export function SettingsToComplete({ missing }: { missing: (keyof SiteSettings)[] }) {
  if (missing.length === 0) return null;
  return (
    <section aria-labelledby="titre-parametres" className="mb-8">
      <h2 id="titre-parametres" className="mb-1 text-xl font-bold">
        Paramètres du site
      </h2>
      <p className="mb-3 text-muted">
        Tant qu’ils sont vides, les mentions légales et la page Contact n’en disent rien.
      </p>
      <ul className="mb-3 space-y-1">
        {missing.map((key) => (
          <li key={key} className="flex flex-wrap items-center gap-2">
            <span>{SETTING_LABELS[key]}</span>
            <Tag tone="warning">À compléter</Tag>
          </li>
        ))}
      </ul>
      <Link href="/admin/parametres">Compléter les paramètres du site</Link>
    </section>
  );
}
