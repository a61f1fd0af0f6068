import type { Freshness } from "@/lib/freshness/queries";
import { formatDate } from "@/lib/text/format";

/**
 * Where the data of a page comes from and when it last changed: "Données
 * issues du rapport d'activité 2018 · mise à jour le 6 décembre 2026".
 * `updatedAt` overrides the site-wide date on a record's own page.
 */
export function DataNote({
  freshness,
  updatedAt = freshness.updatedAt,
  className = "",
}: {
  freshness: Freshness;
  updatedAt?: Date | null;
  className?: string;
}) {
  const parts = [
    freshness.reportYear ? `Données issues du rapport d’activité ${freshness.reportYear}` : null,
    updatedAt ? `mise à jour le ${formatDate(updatedAt)}` : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  const text = parts.join(", ");
  return (
    <p className={`text-sm text-muted ${className}`} data-testid="data-note">
      {text.charAt(0).toUpperCase() + text.slice(1)}.
    </p>
  );
}
