/** Download links of the year's report, in every format (DO: their campus only). */
import { REPORT_FORMATS, type ReportFormat } from "@/lib/report/export";

export function ReportDownloads({
  year,
  campus,
  campusLabel,
}: {
  year: number;
  campus: string | null;
  campusLabel?: string;
}) {
  const query = campus ? `?campus=${campus}` : "";
  const what = campus ? `le bilan ${year} du ${campusLabel ?? campus}` : `le rapport ${year}`;
  const of = campus ? `du bilan ${year} du ${campusLabel ?? campus}` : `du rapport ${year}`;
  return (
    <ul className="flex flex-wrap gap-3">
      {(Object.keys(REPORT_FORMATS) as ReportFormat[]).map((format) => (
        <li key={format}>
          <a
            href={`/api/rapport/${year}.${format}${query}`}
            download
            className="inline-block rounded border-2 border-accent px-3 py-1.5 font-semibold no-underline hover:bg-accent-tint"
          >
            {format === "csv" ? "Actions de l’année" : "Télécharger"}{" "}
            <span className="sr-only">{format === "csv" ? of : what}</span> ({REPORT_FORMATS[format].label})
          </a>
        </li>
      ))}
    </ul>
  );
}
