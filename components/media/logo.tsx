/** The uploaded logo of a campus or an organisation, at a logo's size; nothing without one. */
import type { PublicImage } from "@/lib/media/queries";
import { ResponsiveImage } from "./responsive-image";

export function Logo({
  image,
  className = "",
  isAboveTheFold = false,
  size = "large",
  isBesideName = true,
}: {
  image: PublicImage | undefined;
  className?: string;
  isAboveTheFold?: boolean;
  /** large: on its own page; small: in a list. */
  size?: "large" | "small";
  /** Shown next to the name it spells: its text alternative would repeat it, so it is left empty. */
  isBesideName?: boolean;
}) {
  if (!image) return null;
  const box = size === "large" ? "max-h-24 max-w-60" : "max-h-12 max-w-32";
  return (
    <div className={className}>
      <ResponsiveImage
        image={isBesideName ? { ...image, alt: "" } : image}
        sizes={size === "large" ? "15rem" : "8rem"}
        isAboveTheFold={isAboveTheFold}
        className={`${box} w-auto object-contain`}
      />
    </div>
  );
}
