import { LoadingState } from "@/components/ui/loading";

/** Shown while the campus search results loads (lists only: detail pages answer 404 before anything streams). */
export default function Loading() {
  return <LoadingState label="Recherche en cours…" />;
}
