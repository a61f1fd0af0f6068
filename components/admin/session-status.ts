"use client";
/**
 * Whether the back office's session has ended, as this tab knows it: the
 * idle dialog and autosave say so when the server does, and every form
 * shows it next to its save button while what was typed stays in place.
 */
import { useSyncExternalStore } from "react";

let hasExpired = false;
const listeners = new Set<() => void>();

export function setSessionExpired(expired: boolean): void {
  if (hasExpired === expired) return;
  hasExpired = expired;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionExpired(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => hasExpired,
    () => false,
  );
}
