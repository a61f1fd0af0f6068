"use client";
/**
 * CSV import in two steps: upload → preview (every row checked, errors per
 * row, nothing written) → confirmation, sent in batches with a progress bar.
 */
import { useActionState, useState } from "react";
import type { BatchDone, ImportKind, ImportPreview, ImportRow } from "@/lib/imports/import";
import { refusalMessage, type FormAction, type FormState, type Submitted } from "@/lib/server-action/state";
import { ChoiceGroup } from "./field";
import { Notice } from "./notice";
import { Button, SubmitButton } from "./buttons";
import { formatCount, plural } from "@/lib/text/plural";

const BATCH = 25;
const KIND_LABELS: Record<ImportKind, string> = { formations: "Formations", organisations: "Organisations" };
const OPERATION_LABELS = { create: "Création", update: "Mise à jour", error: "Erreur" } as const;

type PreviewState = FormState<Submitted, { fileName: string; preview: ImportPreview }>;
type BatchState = FormState<Submitted, BatchDone>;

type Progress = {
  done: number;
  total: number;
  created: number;
  updated: number;
  failed: { line: number; errors: string[] }[];
  finished: boolean;
  error?: string;
};

export function CsvImport({
  previewAction,
  applyAction,
}: {
  previewAction: FormAction<PreviewState>;
  /** Called directly, batch after batch (not through a form). */
  applyAction: FormAction<BatchState, { kind: ImportKind; rows: ImportRow[] }>;
}) {
  const [state, formAction, isPending] = useActionState<PreviewState, FormData>(previewAction, {
    status: "idle",
  });
  const read = state.status === "success" ? state.data : undefined;
  const preview = read?.preview ?? null;
  const [progress, setProgress] = useState<Progress | null>(null);
  const [kind, setKind] = useState<ImportKind>("formations");

  const confirm = async () => {
    if (!preview) return;
    const rows = preview.valid;
    const p: Progress = { done: 0, total: rows.length, created: 0, updated: 0, failed: [], finished: false };
    setProgress({ ...p });
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = await applyAction(
        { status: "idle" },
        { kind: preview.kind, rows: rows.slice(i, i + BATCH) },
      );
      if (batch.status !== "success" || !batch.data) {
        setProgress({ ...p, error: refusalMessage(batch) ?? "Import impossible.", finished: true });
        return;
      }
      p.done = Math.min(rows.length, i + BATCH);
      p.created += batch.data.created;
      p.updated += batch.data.updated;
      p.failed.push(...batch.data.failed);
      setProgress({ ...p });
    }
    setProgress({ ...p, finished: true });
  };

  const refusal = refusalMessage(state);
  const errors = preview ? preview.rows.filter((r) => r.operation === "error") : [];
  return (
    <div className="flex flex-col gap-8">
      <form
        action={formAction}
        className="flex flex-col gap-5 rounded border border-line p-4"
        aria-label="Choisir le fichier à importer"
        onSubmit={() => setProgress(null)}
      >
        <ChoiceGroup
          name="kind"
          label="Que contient le fichier&#x202F;?"
          type="radio"
          options={[
            { value: "formations", label: "Des formations" },
            { value: "organisations", label: "Des organisations" },
          ]}
          values={[kind]}
          onChange={(v) => setKind((v[0] as ImportKind) ?? "formations")}
        />
        <div className="flex flex-col">
          <label htmlFor="fichier-csv" className="font-semibold">
            Fichier CSV
          </label>
          <p id="fichier-csv-aide" className="text-sm text-muted">
            Séparateur point-virgule ou virgule, encodage UTF-8, une ligne d’en-tête.{" "}
            <a href={`/api/admin/imports/modele?type=${kind}`}>
              Télécharger le modèle ({KIND_LABELS[kind].toLowerCase()})
            </a>
          </p>
          <input
            id="fichier-csv"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="fichier-csv-aide"
            className="mt-2"
            required
          />
        </div>
        <div>
          <SubmitButton pending={isPending} pendingLabel="Lecture du fichier…">
            Prévisualiser l’import
          </SubmitButton>
        </div>
      </form>

      {refusal ? (
        <Notice tone="error" title="Import impossible">
          {refusal}
        </Notice>
      ) : null}

      {read && preview ? (
        <section aria-labelledby="apercu-import" className="flex flex-col gap-4">
          <h2 id="apercu-import" className="text-xl font-bold">
            Aperçu de «&#x202F;{read.fileName}&#x202F;»
          </h2>
          <p role="status">
            {formatCount(preview.total, plural("ligne lue"))}&nbsp;:{" "}
            {formatCount(preview.valid.length, plural("prête"))} à importer, {errors.length} en erreur. Rien
            n’est enregistré tant que vous n’avez pas confirmé.
          </p>
          <div className="max-h-[32rem] overflow-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-2 text-left font-semibold">Lignes du fichier</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2">
                    Ligne
                  </th>
                  <th scope="col" className="p-2">
                    Élément
                  </th>
                  <th scope="col" className="p-2">
                    Clé
                  </th>
                  <th scope="col" className="p-2">
                    Résultat
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr
                    key={r.line}
                    className={`border-b border-line align-top ${r.operation === "error" ? "bg-danger-tint" : ""}`}
                  >
                    <th scope="row" className="p-2">
                      {r.line}
                    </th>
                    <td className="p-2">{r.label || "(sans nom)"}</td>
                    <td className="p-2 font-mono">{r.key}</td>
                    <td className="p-2">
                      <span className="font-semibold">{OPERATION_LABELS[r.operation]}</span>
                      {r.errors.length ? (
                        <ul className="mt-1 list-disc pl-5 text-danger">
                          {r.errors.map((e) => (
                            <li key={e}>{e}</li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {progress ? (
            <div className="flex flex-col gap-2" aria-live="polite">
              <label htmlFor="progression-import" className="font-semibold">
                {progress.finished
                  ? "Import terminé"
                  : `Import en cours\u00A0: ${progress.done} sur ${formatCount(progress.total, plural("ligne"))}`}
              </label>
              <progress
                id="progression-import"
                max={progress.total || 1}
                value={progress.done}
                className="w-full"
              />
              {progress.finished && !progress.error ? (
                <Notice
                  tone="success"
                  title={`Import terminé\u00A0: ${formatCount(progress.created, plural("créé"))}, ${progress.updated} mis à jour.`}
                >
                  {errors.length || progress.failed.length
                    ? `${formatCount(errors.length + progress.failed.length, plural("ligne"))} en erreur ${errors.length + progress.failed.length > 1 ? "n’ont pas été importées" : "n’a pas été importée"}.`
                    : null}
                </Notice>
              ) : null}
              {progress.error ? (
                <Notice tone="error" title="Import interrompu">
                  {progress.error}
                </Notice>
              ) : null}
            </div>
          ) : preview.valid.length ? (
            <div>
              <Button onClick={confirm}>
                {preview.valid.length === 1
                  ? "Importer la ligne valide"
                  : `Importer les ${formatCount(preview.valid.length, plural("ligne valide"))}`}
              </Button>
              {errors.length ? (
                <p className="mt-2 text-sm text-warning">
                  Les lignes en erreur seront ignorées&nbsp;: corrigez le fichier et importez-les ensuite.
                </p>
              ) : null}
            </div>
          ) : (
            <p className="font-semibold text-danger">
              Aucune ligne valide&nbsp;: corrigez le fichier puis prévisualisez-le à nouveau.
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
