/**
 * A block of code or data to copy. Focusable so that a keyboard user can
 * scroll it when a long line overflows.
 */
export function CodeBlock({ children, label }: { children: string; label: string }) {
  return (
    <pre tabIndex={0} aria-label={label} className="mt-3 overflow-x-auto rounded border border-line bg-subtle p-3 font-mono text-sm leading-relaxed">
      <code>{children}</code>
    </pre>
  );
}
