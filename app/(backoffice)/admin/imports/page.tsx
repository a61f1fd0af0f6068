import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { CsvImport } from "@/components/forms/csv-import";
import { requireCoordinator } from "@/lib/auth/guards";
import { IMPORT_COLUMNS } from "@/lib/imports/import";
import { applyImportBatchServerAction, previewImportServerAction } from "./server-actions";

export const metadata: Metadata = { title: "Imports CSV" };

export default async function ImportsPage() {
  await requireCoordinator();
  return (
    <>
      <AdminPageHeader
        title="Importer des formations ou des organisations"
        lead="Chargez un fichier CSV&nbsp;: chaque ligne est vérifiée et vous voyez le résultat avant que rien ne soit enregistré."
      />
      <CsvImport previewAction={previewImportServerAction} applyAction={applyImportBatchServerAction} />
      <section aria-labelledby="colonnes" className="mt-10">
        <h2 id="colonnes" className="mb-3 text-xl font-bold">
          Colonnes attendues
        </h2>
        {(Object.keys(IMPORT_COLUMNS) as (keyof typeof IMPORT_COLUMNS)[]).map((kind) => (
          <div key={kind} className="mb-6">
            <h3 className="font-bold">{kind === "formations" ? "Formations" : "Organisations"}</h3>
            <ul className="mt-2 list-disc pl-6">
              {IMPORT_COLUMNS[kind].map((c) => (
                <li key={c.name}>
                  <code>{c.name}</code>
                  {c.required ? " (obligatoire)" : ""}
                  {c.help ? ` — ${c.help}` : ""}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
