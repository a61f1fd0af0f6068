import { fr } from "@/lib/text/typography";

/**
 * A block of code or data to copy, with a visible caption. Long lines wrap
 * (a copied snippet stays one line) so nothing needs scrolling sideways.
 */
export function CodeBlock({ children, label }: { children: string; label: string }) {
  return (
    <figure className="mt-3">
      <figcaption className="text-sm font-semibold text-muted">{fr(label)}</figcaption>
      <pre className="mt-1 whitespace-pre-wrap rounded border border-line bg-subtle p-3 font-mono text-sm leading-relaxed">
        <code>{children}</code>
      </pre>
    </figure>
  );
}
