/** The banner after an operation on a directory record (?enregistre=cree or ?operation=… in the URL). */
import { Notice } from "@/components/forms/notice";

const OPERATION_MESSAGES: Record<string, string> = {
  publish: "Publié\u00A0: visible sur le site public.",
  unpublish: "Retiré de la publication\u00A0: invisible du public.",
  archive: "Archivé. Vous pouvez le restaurer à tout moment depuis cette page ou les archives.",
  restore: "Restauré comme brouillon. Publiez-le pour le rendre de nouveau visible.",
};

function bannerFor(sp: Record<string, string | string[] | undefined>): string | null {
  if (sp.enregistre === "cree") return "Élément créé.";
  const op = typeof sp.operation === "string" ? OPERATION_MESSAGES[sp.operation] : undefined;
  return op ?? null;
}

export function OperationBanner({
  searchParams,
}: {
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const banner = bannerFor(searchParams);
  return banner ? <Notice tone="success" title={banner} /> : null;
}
