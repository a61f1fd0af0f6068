"use client";
/**
 * Shown when someone else saved the action since the form was opened:
 * field by field, their version next to the one being submitted. Nothing
 * was overwritten; the user reapplies their changes or takes theirs.
 */
import type { FieldChange } from "@/lib/actions/diff";
import { formatDateTime } from "@/lib/text/format";
import { Button } from "../buttons";

function Value({ text }: { text: string }) {
  if (!text) return <span className="text-muted">(vide)</span>;
  return <span className="whitespace-pre-wrap">{text}</span>;
}

export function ConflictPanel({
  message,
  savedBy,
  savedAt,
  changes,
  changedByYou,
  onReapply,
  onDiscard,
}: {
  message: string;
  savedBy: string | null;
  savedAt: string | null;
  changes: FieldChange[];
  changedByYou: Set<string>;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const when = savedAt ? formatDateTime(savedAt) : null;
  return (
    <div
      role="alert"
      tabIndex={-1}
      className="mb-6 rounded border-4 border-warning bg-warning-tint p-4"
      aria-labelledby="conflit-titre"
    >
      <h2 id="conflit-titre" className="text-lg font-bold text-warning">
        Modification concurrente
      </h2>
      <p className="mt-1">
        {message}
        {savedBy ? ` Dernier enregistrement par ${savedBy}${when ? `, le ${when}` : ""}.` : ""}
      </p>
      {changes.length ? (
        <table className="mt-4 w-full border-collapse bg-surface text-left text-sm">
          <caption className="mb-2 text-left font-semibold">
            Différences entre leur version et la vôtre
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border border-line p-2">
                Champ
              </th>
              <th scope="col" className="border border-line p-2">
                Leur version (enregistrée)
              </th>
              <th scope="col" className="border border-line p-2">
                Votre version (non enregistrée)
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field}>
                <th scope="row" className="border border-line p-2 align-top">
                  {c.label}
                  {changedByYou.has(c.field) ? (
                    <span className="block font-normal text-muted">modifié par vous</span>
                  ) : null}
                </th>
                <td className="border border-line p-2 align-top">
                  <Value text={c.before} />
                </td>
                <td className="border border-line p-2 align-top">
                  <Value text={c.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2">Leur version et la vôtre ont le même contenu.</p>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <Button onClick={onReapply}>Reprendre mes modifications sur leur version</Button>
        <Button variant="secondary" onClick={onDiscard}>
          Abandonner mes modifications
        </Button>
      </div>
      <p className="mt-2 text-sm">
        «&#x202F;Reprendre mes modifications&#x202F;» applique les champs que vous avez changés à leur
        version&#x202F;; relisez puis cliquez sur «&#x202F;Enregistrer&#x202F;».
      </p>
    </div>
  );
}
