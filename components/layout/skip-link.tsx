/** First focusable element of every page: jumps over the header. */
export function SkipLink() {
  return (
    <a
      href="#contenu"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:font-semibold focus:text-ink"
    >
      Aller au contenu
    </a>
  );
}
