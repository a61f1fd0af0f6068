/** Button looks, usable from server and client components (links styled as buttons). */
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
