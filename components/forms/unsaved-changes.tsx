"use client";
/**
 * A warning before leaving a form with unsaved changes: the browser's own
 * prompt when the tab closes or reloads, and a confirmation when a link of
 * the site is followed.
 */
import { useEffect, useState } from "react";

export const LEAVE_MESSAGE =
  "Vous avez des modifications non enregistrées. Quitter cette page sans les enregistrer\u202F?";

export function useUnsavedChangesWarning(isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (
        !(anchor instanceof HTMLAnchorElement) ||
        anchor.target === "_blank" ||
        anchor.hasAttribute("download")
      )
        return;
      const url = new URL(anchor.href, window.location.href);
      if (
        url.origin === window.location.origin &&
        url.pathname === window.location.pathname &&
        url.search === window.location.search
      )
        return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty]);
}

/**
 * For uncontrolled forms: dirty as soon as a field changes, clean again when
 * `savedKey` changes (a successful save).
 */
export function useFormDirty(formRef: React.RefObject<HTMLFormElement | null>, savedKey: unknown): boolean {
  const [dirty, setDirty] = useState<{ key: unknown; dirty: boolean }>({ key: savedKey, dirty: false });
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const mark = () => setDirty({ key: savedKey, dirty: true });
    form.addEventListener("input", mark);
    form.addEventListener("change", mark);
    return () => {
      form.removeEventListener("input", mark);
      form.removeEventListener("change", mark);
    };
  }, [formRef, savedKey]);
  const isDirty = dirty.key === savedKey && dirty.dirty;
  useUnsavedChangesWarning(isDirty);
  return isDirty;
}
