/** One changed field of a history entry: before and after, long texts line by line. */
import { diffLines, type FieldChange } from "@/lib/actions/diff";

const LONG_TEXT = new Set(["summary", "body"]);

function Plain({ text }: { text: string }) {
  return text ? (
    <span className="whitespace-pre-wrap">{text}</span>
  ) : (
    <span className="text-muted">(vide)</span>
  );
}

export function FieldDiff({ change }: { change: FieldChange }) {
  if (LONG_TEXT.has(change.field) && change.before && change.after) {
    return (
      <div className="font-mono text-sm">
        {diffLines(change.before, change.after).map((line, i) =>
          line.kind === "same" ? (
            <div key={i} className="whitespace-pre-wrap px-1">
              {line.text || "\u00a0"}
            </div>
          ) : line.kind === "removed" ? (
            <del key={i} className="block whitespace-pre-wrap bg-danger-tint px-1 text-danger">
              <span className="sr-only">Supprimé&nbsp;: </span>− {line.text}
            </del>
          ) : (
            <ins key={i} className="block whitespace-pre-wrap bg-success-tint px-1 text-success no-underline">
              <span className="sr-only">Ajouté&nbsp;: </span>+ {line.text}
            </ins>
          ),
        )}
      </div>
    );
  }
  return (
    <dl className="grid gap-2 sm:grid-cols-2">
      <div>
        <dt className="text-sm font-semibold text-muted">Avant</dt>
        <dd>
          <Plain text={change.before} />
        </dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-muted">Après</dt>
        <dd>
          <Plain text={change.after} />
        </dd>
      </div>
    </dl>
  );
}
