/** Shown while a page's data loads (loading.tsx of each section). */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 sm:px-6" role="status" aria-live="polite">
      <p className="mb-6 text-lg font-medium">{label}</p>
      <div aria-hidden="true" className="grid animate-pulse gap-4 sm:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-32 rounded-lg bg-subtle" />
        ))}
      </div>
    </div>
  );
}
