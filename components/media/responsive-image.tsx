/**
 * An uploaded image as public pages show it: every stored width in
 * `srcset`, its intrinsic size (no layout shift), its alternative text
 * ("" for a decorative one), lazy unless it is near the top of the page.
 */
import type { PublicImage } from "@/lib/media/queries";
import { mediaImagePath, mediaSrcSet } from "@/lib/media/rules";

export function ResponsiveImage({
  image,
  sizes,
  isAboveTheFold = false,
  className = "",
}: {
  image: PublicImage;
  /** The `sizes` attribute: how wide the image is shown. */
  sizes: string;
  isAboveTheFold?: boolean;
  className?: string;
}) {
  const fallback = image.widths.find((w) => w >= 640) ?? image.width;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the copies are made at upload (lib/media/process.ts)
    <img
      src={mediaImagePath(image, fallback)}
      srcSet={mediaSrcSet(image)}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={isAboveTheFold ? "eager" : "lazy"}
      decoding="async"
      className={`h-auto max-w-full ${className}`}
    />
  );
}
