"use client";
/**
 * Autosave of a back-office form: a few seconds after the author stops
 * typing, their private working copy is written on the server (not a
 * revision, not published) and the form says so ("Brouillon enregistré à
 * 14 h 32"). Returning to the form offers that copy back ("Restaurer" /
 * "Ignorer"); a real save deletes it (lib/working-copies).
 */
import { useEffect, useRef, useState } from "react";
import {
  discardWorkingCopyServerAction,
  saveWorkingCopyServerAction,
} from "@/lib/working-copies/server-actions";
import { AUTOSAVE_DELAY_MS, type WorkingCopyForm } from "@/lib/working-copies/schema";
import { SESSION_EXPIRED } from "@/lib/server-action/run";
import { refusalMessage } from "@/lib/server-action/state";
import { formatDate, formatTime } from "@/lib/text/format";
import { setSessionExpired, useSessionExpired } from "@/components/admin/session-status";
import { Notice } from "./notice";
import { Button } from "./buttons";

export type AutosaveStatus =
  { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "failed"; message: string };

/** A working copy as the page hands it to its form. */
export type WorkingCopyOffer<Content> = { content: Content; baseVersion: string; savedAt: string };

/**
 * Saves `content` as the working copy of (form, recordKey) after each pause
 * in typing, while `enabled`. Content equal to what is already saved (or to
 * what the form opened with) is not sent again.
 */
export function useAutosave<Content>({
  form,
  recordKey,
  baseVersion,
  content,
  enabled,
}: {
  form: WorkingCopyForm;
  recordKey: string;
  baseVersion: string;
  content: Content;
  enabled: boolean;
}): AutosaveStatus {
  const serialized = JSON.stringify(content);
  const saved = useRef(serialized);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });

  useEffect(() => {
    if (!enabled || serialized === saved.current) return;
    let isCurrent = true;
    const timer = setTimeout(async () => {
      setStatus({ kind: "saving" });
      try {
        const result = await saveWorkingCopyServerAction(
          { status: "idle" },
          { form, recordKey, baseVersion, content: JSON.parse(serialized) },
        );
        if (result.status === "success" && result.data) {
          saved.current = serialized;
          setSessionExpired(false);
          if (isCurrent) setStatus({ kind: "saved", at: result.data.savedAt });
        } else {
          const message = refusalMessage(result) ?? "Brouillon non enregistré.";
          if (message === SESSION_EXPIRED) setSessionExpired(true);
          setStatus({ kind: "failed", message });
        }
      } catch {
        setStatus({ kind: "failed", message: "Brouillon non enregistré\u00A0: le serveur ne répond pas." });
      }
    }, AUTOSAVE_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [serialized, enabled, form, recordKey, baseVersion]);

  return status;
}

/** What autosave did last, next to the save button (announced politely). */
export function AutosaveMessage({ status }: { status: AutosaveStatus }) {
  const isExpired = useSessionExpired();
  return (
    <p role="status" className="text-sm text-muted">
      {status.kind === "saving" ? "Enregistrement du brouillon…" : null}
      {status.kind === "saved" ? `Brouillon enregistré à ${formatTime(status.at)}` : null}
      {status.kind === "failed" && !isExpired ? status.message : null}
    </p>
  );
}

/**
 * Next to the save button: the session has ended, what was typed is still
 * here, and how to save it (sign in again in another tab, then save).
 */
export function SessionExpiredMessage({ refused }: { refused?: string | null }) {
  const isExpired = useSessionExpired();
  // A save refused for that reason tells the whole page; signing in again clears it (IdleDialog).
  useEffect(() => {
    if (refused === SESSION_EXPIRED) setSessionExpired(true);
  }, [refused]);
  if (!isExpired) return null;
  return (
    <div role="alert" className="basis-full rounded border-l-4 border-danger bg-danger-tint p-3 text-sm">
      <p className="font-bold text-danger">Votre session a expiré&nbsp;: vos saisies sont conservées ici.</p>
      <p className="mt-1">
        <a href="/connexion?callbackUrl=%2Fadmin%2Fcompte" target="_blank" rel="noopener">
          Reconnectez-vous dans un nouvel onglet
        </a>
        , puis revenez sur cette page et enregistrez.
      </p>
    </div>
  );
}

/** Offers a working copy back when the form opens: "Restaurer" or "Ignorer". */
export function RestoreOffer({
  form,
  recordKey,
  savedAt,
  onRestore,
  onDismiss,
}: {
  form: WorkingCopyForm;
  recordKey: string;
  savedAt: string;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const ignore = async () => {
    const result = await discardWorkingCopyServerAction({ status: "idle" }, { form, recordKey });
    if (result.status === "success") onDismiss();
    else setFailure(refusalMessage(result) ?? "Brouillon non supprimé.");
  };
  return (
    <Notice tone="info" title="Un brouillon non enregistré existe pour ce formulaire.">
      <p>
        Vos saisies du {formatDate(savedAt)} à {formatTime(savedAt)} n’ont pas été enregistrées. Restaurez-les
        pour reprendre là où vous vous étiez arrêté, ou ignorez-les.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button onClick={onRestore}>Restaurer</Button>
        <Button variant="secondary" onClick={ignore}>
          Ignorer
        </Button>
      </div>
      {failure ? <p className="mt-2 font-semibold text-danger">{failure}</p> : null}
    </Notice>
  );
}
