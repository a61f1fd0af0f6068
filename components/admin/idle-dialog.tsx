"use client";
/**
 * The back office's idle warning: shortly before the session's idle limit
 * (lib/auth/session-policy.ts) a modal dialog offers "Rester connecté",
 * which extends the session. If it still ends, the dialog says so, and every
 * form keeps what was typed and says it next to its save button.
 *
 * The server has the truth: the time left is read from
 * /api/admin/session (asking does not extend the session), again before
 * warning, so activity in another tab or an autosave is taken into account.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { keepSessionAliveServerAction } from "@/lib/auth/server-actions";
import { formatTime } from "@/lib/text/format";
import { buttonClass } from "@/components/forms/button-styles";
import { setSessionExpired } from "./session-status";

type Phase = "watching" | "warning" | "dismissed" | "expired";

/** The session's time left in ms (0: ended), or null when the server could not be asked. */
async function fetchTimeLeft(): Promise<number | null> {
  try {
    const response = await fetch("/api/admin/session", { cache: "no-store", credentials: "same-origin" });
    if (response.status === 401) return 0;
    if (!response.ok) return null;
    const body = (await response.json()) as { timeLeftMs?: unknown };
    return typeof body.timeLeftMs === "number" ? body.timeLeftMs : null;
  } catch {
    return null;
  }
}

/** Timers longer than this are re-checked on the way (browsers throttle long timers in background tabs). */
const MAX_WAIT_MS = 5 * 60 * 1000;
const RETRY_MS = 30 * 1000;

export function IdleDialog({ warningMs }: { warningMs: number }) {
  const [phase, setPhase] = useState<Phase>("watching");
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const phaseRef = useRef<Phase>("watching");
  const stayRef = useRef<() => void>(() => {});

  const show = useCallback((next: Phase) => {
    phaseRef.current = next;
    setPhase(next);
  }, []);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;

    const schedule = (timeLeftMs: number) => {
      clearTimeout(timer);
      setEndsAt(Date.now() + timeLeftMs);
      if (timeLeftMs > warningMs) {
        if (phaseRef.current !== "watching") show("watching");
        timer = setTimeout(check, Math.min(timeLeftMs - warningMs, MAX_WAIT_MS));
      } else {
        // Dismissed with Escape: not shown again until the session ends or is extended.
        if (phaseRef.current !== "dismissed") show("warning");
        timer = setTimeout(check, Math.min(timeLeftMs + 250, MAX_WAIT_MS));
      }
    };

    async function check() {
      const timeLeftMs = await fetchTimeLeft();
      clearTimeout(timer);
      if (timeLeftMs === null) {
        timer = setTimeout(check, RETRY_MS);
      } else if (timeLeftMs <= 0) {
        setSessionExpired(true);
        if (phaseRef.current !== "expired") show("expired");
      } else {
        setSessionExpired(false);
        schedule(timeLeftMs);
      }
    }

    stayRef.current = async () => {
      try {
        const result = await keepSessionAliveServerAction({ status: "idle" }, {});
        if (result.status === "success" && result.data) {
          setSessionExpired(false);
          show("watching");
          schedule(result.data.timeLeftMs);
          return;
        }
      } catch {
        // Unreachable server: ask again below.
      }
      check();
    };

    check();
    // Back to the tab (maybe after signing in again in another one): ask again.
    const onVisible = () => {
      if (document.visibilityState === "visible") check();
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", check);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", check);
    };
  }, [warningMs, show]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const isShown = phase === "warning" || phase === "expired";
    if (isShown) {
      if (!dialog.open) dialog.showModal();
      // Also when the warning turns into "expired": its button is gone, focus the new first action.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!isShown && dialog.open) dialog.close();
  }, [phase]);

  const stay = () => stayRef.current();

  // Escape, or "Fermer": the dialog closes; the session goes on ending unless extended.
  const dismiss = () => {
    if (phaseRef.current === "warning") show("dismissed");
    else if (phaseRef.current === "expired") dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="inactivite-titre"
      aria-describedby="inactivite-texte"
      onCancel={(e) => {
        e.preventDefault();
        dismiss();
      }}
      className="m-auto max-w-md rounded border-2 border-ink bg-surface p-6 text-ink backdrop:bg-ink/50"
    >
      {phase === "expired" ? (
        <>
          <h2 id="inactivite-titre" className="text-xl font-bold">
            Votre session a expiré
          </h2>
          <div id="inactivite-texte" className="mt-3 space-y-2">
            <p>Ce que vous avez saisi est conservé sur cette page.</p>
            <p>
              Reconnectez-vous dans un nouvel onglet, puis revenez ici et enregistrez&nbsp;: rien ne sera
              perdu.
            </p>
          </div>
          <div className="mt-5 flex flex-wrap gap-3">
            <a
              href="/connexion?callbackUrl=%2Fadmin%2Fcompte"
              target="_blank"
              rel="noopener"
              className={buttonClass("primary")}
              data-autofocus
            >
              Se reconnecter dans un nouvel onglet
            </a>
            <button type="button" className={buttonClass("secondary")} onClick={dismiss}>
              Fermer
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id="inactivite-titre" className="text-xl font-bold">
            Votre session va bientôt expirer
          </h2>
          <p id="inactivite-texte" className="mt-3">
            Sans activité de votre part, vous serez déconnecté
            {endsAt ? ` à ${formatTime(new Date(endsAt))}` : " dans quelques minutes"}. Ce que vous avez saisi
            reste sur cette page.
          </p>
          <div className="mt-5 flex flex-wrap gap-3">
            <button type="button" className={buttonClass("primary")} onClick={stay} data-autofocus>
              Rester connecté
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={dismiss}>
              Fermer
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
