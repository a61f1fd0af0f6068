/** An action's images and PDF documents on its public page. */
import type { ActionMedia } from "@/lib/media/queries";
import { formatFileSize, mediaDocumentPath } from "@/lib/media/rules";
import { Section } from "@/components/ui/section";
import { ResponsiveImage } from "./responsive-image";

/** The first image, shown under the title. */
export function ActionLeadImage({ media }: { media: ActionMedia | undefined }) {
  const lead = media?.images[0];
  if (!lead) return null;
  return (
    <div className="mb-8 max-w-3xl">
      <ResponsiveImage
        image={lead}
        sizes="(min-width: 48rem) 48rem, 100vw"
        isAboveTheFold
        className="rounded border border-line"
      />
    </div>
  );
}

/** The other images, then the documents. */
export function ActionGalleryAndDocuments({ media }: { media: ActionMedia | undefined }) {
  const more = media?.images.slice(1) ?? [];
  const documents = media?.attachments ?? [];
  return (
    <>
      {more.length ? (
        <Section id="images" title="En images">
          <ul className="grid max-w-3xl gap-4 sm:grid-cols-2">
            {more.map((image) => (
              <li key={image.id}>
                <ResponsiveImage
                  image={image}
                  sizes="(min-width: 48rem) 24rem, (min-width: 40rem) 50vw, 100vw"
                  className="rounded border border-line"
                />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {documents.length ? (
        <Section id="documents" title="Documents">
          <ul className="list-disc space-y-1 pl-6">
            {documents.map((d) => (
              <li key={d.id}>
                <a href={mediaDocumentPath(d)} download>
                  {d.title}
                </a>{" "}
                <span className="text-muted">(PDF, {formatFileSize(d.byteSize)})</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
