"use client";
/**
 * The list of errors at the top of a form, each linking to its field; it
 * takes the focus when a submission is refused so screen readers announce it.
 */
import { useEffect, useId, useRef } from "react";
import { fieldId } from "./field";
import type { FieldErrors } from "@/lib/result";

export function ErrorSummary({
  errors,
  title = "Le formulaire contient des erreurs",
  fieldIdOf = fieldId,
}: {
  errors: FieldErrors | undefined;
  title?: string;
  fieldIdOf?: (path: string) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const entries = Object.entries(errors ?? {});
  const signature = entries.map(([k, v]) => `${k}:${v}`).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="mb-6 rounded border-4 border-danger bg-surface p-4 focus:outline-none"
    >
      <h2 id={titleId} className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {entries.map(([path, message]) => (
          <li key={path}>
            {path === "_form" ? (
              <span className="font-semibold text-danger">{message}</span>
            ) : (
              <a
                href={`#${fieldIdOf(path)}`}
                className="font-semibold text-danger"
                onClick={(event) => {
                  const target = document.getElementById(fieldIdOf(path));
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: "center" });
                }}
              >
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
