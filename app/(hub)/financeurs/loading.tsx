import { LoadingState } from "@/components/ui/loading";

/** Shown while the funding overview loads (lists only: detail pages answer 404 before anything streams). */
export default function Loading() {
  return <LoadingState label="Chargement des financements…" />;
}
