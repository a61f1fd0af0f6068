"use client";
/** Buttons that say what they do; a submit button shows when the form is being sent. */
import { useFormStatus } from "react-dom";

const variants = {
  primary: "bg-accent text-white hover:bg-ink border-2 border-accent hover:border-ink",
  secondary: "bg-surface text-accent border-2 border-accent hover:bg-accent-tint",
  danger: "bg-danger text-white border-2 border-danger hover:bg-ink hover:border-ink",
  link: "bg-transparent text-accent underline border-2 border-transparent px-0",
} as const;
export type ButtonVariant = keyof typeof variants;

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `inline-flex items-center justify-center gap-2 rounded px-4 py-2 font-semibold no-underline disabled:cursor-not-allowed disabled:opacity-60 ${variants[variant]} ${extra}`;
}

export function Button({ variant = "primary", className = "", type = "button", ...props }: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/** Submit button of a <form action={…}>: disabled and relabelled while the action runs. */
export function SubmitButton({ children, pendingLabel, variant = "primary", pending, className = "", ...props }: React.ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: ButtonVariant; pending?: boolean }) {
  const status = useFormStatus();
  const isPending = pending ?? status.pending;
  return (
    <button type="submit" className={buttonClass(variant, className)} disabled={isPending || props.disabled} aria-disabled={isPending || undefined} {...props}>
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
