"use client";
/**
 * The form that adds one file (an image, a PDF, a logo): the file field,
 * the alternative text (or "decorative") for an image, the title for a
 * document. Sent with XMLHttpRequest to /api/admin/media so that a
 * progress bar follows the upload; the size and the alternative text are
 * checked here first, and everything again on the server, whose French
 * messages are shown under their fields. Nothing is stored on a refusal.
 */
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FieldError, FieldHint, TextField, CheckboxField } from "@/components/forms/field";
import { Button } from "@/components/forms/buttons";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { FieldErrors } from "@/lib/result";
import {
  acceptAttribute,
  MAX_UPLOAD_BYTES,
  MEDIA_MESSAGES,
  sizeRefusal,
  type MediaOwnerKindName,
  type MediaRoleName,
} from "@/lib/media/rules";

const UPLOAD_URL = "/api/admin/media";

type Copy = { file: string; hint: string; submit: string; sending: string; done: string };

const COPY: Record<MediaRoleName, Copy> = {
  IMAGE: {
    file: "Image",
    hint: "Photo ou affiche, JPEG, PNG ou WebP, 10 Mo au plus. Le lieu, l’appareil et l’auteur enregistrés dans le fichier sont retirés.",
    // The exact name outside checks look for (straight apostrophe).
    submit: "Ajouter l’image",
    sending: "Envoi de l’image…",
    done: "Image ajoutée.",
  },
  ATTACHMENT: {
    file: "Document PDF",
    hint: "Un programme, une plaquette\u00A0: PDF, 10 Mo au plus.",
    submit: "Ajouter le document",
    sending: "Envoi du document…",
    done: "Document ajouté.",
  },
  LOGO: {
    file: "Logo",
    hint: "JPEG, PNG ou WebP (PNG transparent de préférence), 10 Mo au plus. Il remplace le logo actuel.",
    submit: "Enregistrer le logo",
    sending: "Envoi du logo…",
    done: "Logo enregistré.",
  },
};

export function UploadForm({
  ownerKind,
  ownerId,
  role,
  idPrefix,
  defaultAlt = "",
}: {
  ownerKind: MediaOwnerKindName;
  ownerId: string;
  role: MediaRoleName;
  /** Unique on the page: the ids of the fields (the error summary links to them). */
  idPrefix: string;
  defaultAlt?: string;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const [isDecorative, setIsDecorative] = useState(false);
  const copy = COPY[role];
  const isImage = role !== "ATTACHMENT";
  const ids = {
    file: `${idPrefix}-fichier`,
    altText: `${idPrefix}-alternative`,
    isDecorative: `${idPrefix}-decorative`,
    title: `${idPrefix}-titre`,
  };
  const fieldIdOf = (path: string) => ids[path as keyof typeof ids] ?? ids.file;

  function refuse(next: FieldErrors) {
    setErrors(next);
    setProgress(null);
    setStatus("");
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    const local: FieldErrors = {};
    const size = file instanceof File ? file.size : 0;
    const sizeError = sizeRefusal(size);
    if (sizeError) local.file = sizeError;
    if (isImage && !isDecorative && !String(data.get("altText") ?? "").trim())
      local.altText = MEDIA_MESSAGES.missingAlt;
    if (!isImage && !String(data.get("title") ?? "").trim()) local.title = MEDIA_MESSAGES.missingTitle;
    if (Object.keys(local).length) return refuse(local);

    data.set("ownerKind", ownerKind);
    data.set("ownerId", ownerId);
    data.set("role", role);
    setErrors({});
    setProgress(0);
    setStatus(copy.sending);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", UPLOAD_URL);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { error?: string; fieldErrors?: FieldErrors };
      if (xhr.status === 201) {
        formRef.current?.reset();
        setIsDecorative(false);
        setProgress(null);
        setStatus(copy.done);
        router.refresh();
      } else if (xhr.status === 400 && body.fieldErrors) refuse(body.fieldErrors);
      else if (xhr.status === 413) refuse({ file: MEDIA_MESSAGES.tooLarge });
      else if (xhr.status === 401)
        refuse({
          _form: "Votre session a expiré\u00A0: reconnectez-vous dans un autre onglet, puis réessayez.",
        });
      else refuse({ _form: body.error ?? "Le fichier n’a pas pu être envoyé\u00A0: réessayez." });
    };
    xhr.onerror = () =>
      refuse({ _form: "Le fichier n’a pas pu être envoyé (connexion interrompue)\u00A0: réessayez." });
    xhr.send(data);
  }

  const fileHintId = `${ids.file}-aide`;
  const fileErrorId = `${ids.file}-erreur`;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex max-w-xl flex-col gap-4">
      <ErrorSummary errors={errors} title="Le fichier n’a pas été ajouté" fieldIdOf={fieldIdOf} />
      <div className={`flex flex-col ${errors.file ? "border-l-4 border-danger pl-3" : ""}`}>
        <label htmlFor={ids.file} className="font-semibold">
          {copy.file}
        </label>
        <FieldHint id={fileHintId} hint={copy.hint} />
        <FieldError id={fileErrorId} error={errors.file} />
        <input
          id={ids.file}
          name="file"
          type="file"
          accept={acceptAttribute(role)}
          data-max-bytes={MAX_UPLOAD_BYTES}
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={errors.file ? `${fileHintId} ${fileErrorId}` : fileHintId}
          className="mt-1 block w-full rounded border-2 border-ink/70 bg-surface px-3 py-2 text-base file:mr-3 file:rounded file:border-0 file:bg-accent-tint file:px-3 file:py-1 file:font-semibold"
        />
      </div>
      {isImage ? (
        <>
          <TextField
            name="altText"
            id={ids.altText}
            label="Texte alternatif"
            hint="Ce que l’image montre, pour les personnes qui ne la voient pas (par exemple «&#x202F;Des collégiens essaient un bras robotisé&#x202F;»)."
            error={errors.altText}
            defaultValue={defaultAlt}
            disabled={isDecorative}
            maxLength={300}
          />
          <CheckboxField
            name="isDecorative"
            id={ids.isDecorative}
            label="Purement décorative"
            hint="Cochez si elle n’apporte aucune information&nbsp;: aucun texte alternatif n’est alors demandé."
            checked={isDecorative}
            onChange={(e) => setIsDecorative(e.currentTarget.checked)}
          />
        </>
      ) : (
        <TextField
          name="title"
          id={ids.title}
          label="Intitulé du document"
          hint="Le texte du lien de téléchargement (par exemple «&#x202F;Programme de la journée&#x202F;»)."
          error={errors.title}
          maxLength={200}
        />
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={progress !== null}>
          {copy.submit}
        </Button>
        {progress !== null ? (
          <span className="flex items-center gap-2">
            <label htmlFor={`${idPrefix}-progression`} className="text-sm">
              Envoi
            </label>
            <progress id={`${idPrefix}-progression`} max={100} value={progress} className="w-40">
              {progress} %
            </progress>
            <span className="text-sm tabular-nums">{progress} %</span>
          </span>
        ) : null}
      </div>
      <p role="status" className="font-semibold text-success">
        {status}
      </p>
    </form>
  );
}
