"use client";
/** Buttons that say what they do; a submit button shows when the form is being sent. */
import { useSyncExternalStore } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./button-styles";

export type { ButtonVariant };

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

const subscribeToNothing = () => () => {};

/** False in the server's HTML and until React has hydrated it, then true. */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * Submit button of a <form action={…}>: disabled and relabelled while the action runs.
 *
 * With `confirm`, the question is asked before the form is sent, and the
 * button stays disabled until the page is hydrated: a click on the server's
 * HTML would send the form without asking (a native POST), or be queued by
 * React and replayed once hydrated, after the person's attention has moved
 * on. A destructive operation is never sent without its confirmation.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  pending,
  confirm,
  disabled,
  onClick,
  className = "",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & {
  pendingLabel?: string;
  variant?: ButtonVariant;
  pending?: boolean;
  confirm?: string;
}) {
  const status = useFormStatus();
  const isHydrated = useIsHydrated();
  const isPending = pending ?? status.pending;
  return (
    <button
      type="submit"
      className={buttonClass(variant, className)}
      {...props}
      disabled={isPending || disabled || (confirm !== undefined && !isHydrated)}
      aria-disabled={isPending || undefined}
      onClick={(event) => {
        if (confirm !== undefined && !window.confirm(confirm)) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
