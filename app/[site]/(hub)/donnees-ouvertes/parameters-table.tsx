import { describeParameterValues } from "@/lib/opendata/docs";
import type { QueryParameter } from "@/lib/opendata/openapi";
import { fr } from "@/lib/text/typography";

/** The query parameters of one list, generated from its zod schema. */
export function ParametersTable({ path, parameters }: { path: string; parameters: QueryParameter[] }) {
  return (
    <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={`Paramètres de ${path}`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">Paramètres de {path}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="whitespace-nowrap py-2 pr-4">
              Paramètre
            </th>
            <th scope="col" className="py-2 pr-4">
              Description
            </th>
            <th scope="col" className="py-2">
              Valeurs acceptées
            </th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={p.name} className="border-b border-line align-top">
              <th scope="row" className="whitespace-nowrap py-2 pr-4 font-mono font-semibold">
                {p.name}
              </th>
              <td className="py-2 pr-4">{fr(p.description)}</td>
              <td className="py-2">{fr(describeParameterValues(p.schema))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
