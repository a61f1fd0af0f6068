/**
 * The files of one owner on its edit screen: the images (with their
 * alternative text), the PDF documents or the logo, each with its delete
 * button, and the forms that add more.
 */
import { OperationForm } from "@/components/forms/operation-form";
import type { FormState, Submitted } from "@/lib/server-action/state";
import type { ManagedMedia } from "@/lib/media/backoffice-queries";
import {
  formatFileSize,
  mediaDocumentPath,
  mediaImagePath,
  type MediaOwnerKindName,
} from "@/lib/media/rules";
import { UploadForm } from "./upload-form";

type DeleteAction = (state: FormState<Submitted>, formData: FormData) => Promise<FormState<Submitted>>;

function Thumbnail({ item }: { item: ManagedMedia }) {
  const image = item.image!;
  const width = image.widths[0];
  return (
    // eslint-disable-next-line @next/next/no-img-element -- served by /media, already sized
    <img
      src={mediaImagePath(image, width)}
      alt={image.alt}
      width={Math.min(160, width)}
      height={Math.round((Math.min(160, width) * image.height) / Math.max(1, image.width))}
      loading="lazy"
      className="h-auto max-w-40 rounded border border-line bg-subtle"
    />
  );
}

function ImageList({ items, deleteAction }: { items: ManagedMedia[]; deleteAction: DeleteAction }) {
  return (
    <ul className="flex flex-col gap-4">
      {items.map((item) => (
        <li
          key={item.id}
          className="flex flex-col gap-3 rounded border border-line p-3 sm:flex-row sm:items-start"
        >
          <Thumbnail item={item} />
          <div className="flex min-w-0 flex-1 flex-col gap-2">
            <p className="break-words">
              {item.isDecorative ? (
                <span className="text-muted">Image décorative (sans texte alternatif)</span>
              ) : (
                <>
                  <span className="font-semibold">Texte alternatif&nbsp;:</span> {item.image!.alt}
                </>
              )}
            </p>
            <p className="text-sm text-muted">
              {item.image!.width} × {item.image!.height} pixels, {formatFileSize(item.byteSize)}
              {item.createdByName ? `, ajoutée par ${item.createdByName}` : ""}
            </p>
            <OperationForm
              action={deleteAction}
              fields={{ id: item.id }}
              label="Supprimer"
              pendingLabel="Suppression…"
              confirm="Supprimer cette image&#x202F;? Elle ne sera plus affichée sur le site."
            />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The images and documents of an action. */
export function ActionMediaSection({
  actionId,
  items,
  deleteAction,
  readOnly,
}: {
  actionId: string;
  items: ManagedMedia[];
  deleteAction: DeleteAction;
  readOnly: boolean;
}) {
  const images = items.filter((m) => m.role === "IMAGE");
  const documents = items.filter((m) => m.role === "ATTACHMENT");
  return (
    <section aria-labelledby="fichiers-titre" className="mt-10 flex flex-col gap-6 border-t border-line pt-6">
      <h2 id="fichiers-titre" className="text-xl font-bold">
        Photos, affiches et documents
      </h2>
      <div className="flex flex-col gap-4">
        <h3 className="text-lg font-bold">Photos et affiches</h3>
        {images.length ? (
          <ImageList items={images} deleteAction={deleteAction} />
        ) : (
          <p className="text-muted">Aucune image pour l’instant.</p>
        )}
        {readOnly ? null : <UploadForm ownerKind="ACTION" ownerId={actionId} role="IMAGE" idPrefix="image" />}
      </div>
      <div className="flex flex-col gap-4">
        <h3 className="text-lg font-bold">Documents PDF</h3>
        {documents.length ? (
          <ul className="flex flex-col gap-3">
            {documents.map((d) => (
              <li key={d.id} className="flex flex-col gap-2 rounded border border-line p-3">
                <a href={mediaDocumentPath(d)} className="break-words">
                  {d.title} <span className="text-sm">(PDF, {formatFileSize(d.byteSize)})</span>
                </a>
                <OperationForm
                  action={deleteAction}
                  fields={{ id: d.id }}
                  label="Supprimer"
                  pendingLabel="Suppression…"
                  confirm="Supprimer ce document&#x202F;? Il ne sera plus proposé sur le site."
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">Aucun document pour l’instant.</p>
        )}
        {readOnly ? null : (
          <UploadForm ownerKind="ACTION" ownerId={actionId} role="ATTACHMENT" idPrefix="document" />
        )}
      </div>
    </section>
  );
}

/** The logo of a campus or an organisation (the coordinator's). */
export function LogoSection({
  ownerKind,
  ownerId,
  items,
  deleteAction,
  defaultAlt,
  title,
}: {
  /** Names the owner, without the word on its own ("Logo du campus"): the file field alone is "Logo". */
  title: string;
  ownerKind: Exclude<MediaOwnerKindName, "ACTION">;
  ownerId: string;
  items: ManagedMedia[];
  deleteAction: DeleteAction;
  defaultAlt: string;
}) {
  const logo = items.find((m) => m.role === "LOGO");
  return (
    <section aria-labelledby="logo-titre" className="mt-10 flex flex-col gap-4 border-t border-line pt-6">
      <h2 id="logo-titre" className="text-xl font-bold">
        {title}
      </h2>
      {logo ? (
        <ImageList items={[logo]} deleteAction={deleteAction} />
      ) : (
        <p className="text-muted">Aucun logo&nbsp;: rien n’est affiché à sa place sur le site.</p>
      )}
      <UploadForm
        ownerKind={ownerKind}
        ownerId={ownerId}
        role="LOGO"
        idPrefix="logo"
        defaultAlt={defaultAlt}
      />
    </section>
  );
}
