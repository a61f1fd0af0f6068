import type { FormationItem } from "@/lib/opendata/dto";
import { fr } from "@/lib/text/typography";

/** One formation of the widget: its title (link, new tab), diploma and level, where and how. */
export function WidgetFormation({ formation: f }: { formation: FormationItem }) {
  const where = [f.establishment?.name, f.commune].filter(Boolean).join(", ");
  return (
    <li className="py-2">
      <a href={f.url} target="_blank" rel="noopener" className="font-semibold">
        {fr(f.title)}
        <span className="sr-only"> (nouvel onglet)</span>
        <span aria-hidden="true"> ↗</span>
      </a>
      <p className="text-xs text-muted">
        {f.diploma.label}
        {f.levelLabel ? ` · ${f.levelLabel}` : ""}
        {f.state.code === "en_projet" ? ` · ${f.state.label}` : ""}
      </p>
      {where || f.modalities.length > 0 ? (
        <p className="text-xs">
          {where}
          {where && f.modalities.length > 0 ? " — " : ""}
          {f.modalities.map((m) => m.label).join(", ")}
        </p>
      ) : null}
    </li>
  );
}
