"use client";
/** Buttons that say what they do; a submit button shows when the form is being sent. */
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

/** Submit button of a <form action={…}>: disabled and relabelled while the action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  pending,
  className = "",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & {
  pendingLabel?: string;
  variant?: ButtonVariant;
  pending?: boolean;
}) {
  const status = useFormStatus();
  const isPending = pending ?? status.pending;
  return (
    <button
      type="submit"
      className={buttonClass(variant, className)}
      disabled={isPending || props.disabled}
      aria-disabled={isPending || undefined}
      {...props}
    >
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
