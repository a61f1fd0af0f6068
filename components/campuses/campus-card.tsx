import type { CampusSummary } from "@/lib/campuses/queries";
import { Card } from "@/components/ui/card";
import { Wordmark } from "./wordmark";

/** A campus on the hub: full name (link to its sub-site), sectors, label year. */
export function CampusCard({ campus, href }: { campus: CampusSummary; href: string }) {
  return (
    <Card className="h-full border-t-4" style={{ borderTopColor: campus.color }}>
      <p>
        <Wordmark acronym={campus.acronym} color={campus.color} size="sm" />
      </p>
      <h3 className="text-lg font-bold leading-snug">
        <a href={href} className="after:absolute after:inset-0" style={{ color: campus.color }}>
          {campus.fullName}
        </a>
      </h3>
      <p className="text-sm text-muted">Labellisé en {campus.labelYear}</p>
      <p className="text-sm">{campus.sectors.join(", ")}</p>
    </Card>
  );
}
