import { ACTION_STATUS_LABELS, PUBLICATION_LABELS } from "@/lib/labels";
import type { ActionStatus, PublicationState } from "@/lib/generated/prisma/enums";

/** Statuses are always words; the colour only repeats them. */
const publicationStyles: Record<PublicationState, string> = {
  DRAFT: "border-warning bg-warning-tint text-warning",
  PUBLISHED: "border-success bg-success-tint text-success",
  ARCHIVED: "border-muted bg-subtle text-muted",
};

export function PublicationTag({ publication }: { publication: PublicationState }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${publicationStyles[publication]}`}
    >
      {PUBLICATION_LABELS[publication]}
    </span>
  );
}

export function StatusTag({ status }: { status: ActionStatus }) {
  return (
    <span className="inline-block whitespace-nowrap rounded border border-line bg-subtle px-2 py-0.5 text-sm font-semibold text-ink">
      {ACTION_STATUS_LABELS[status]}
    </span>
  );
}

export function Tag({
  children,
  tone = "neutral",
}: {
  children: React.ReactNode;
  tone?: "neutral" | "warning" | "success" | "danger";
}) {
  const styles = {
    neutral: "border-line bg-subtle text-ink",
    warning: publicationStyles.DRAFT,
    success: publicationStyles.PUBLISHED,
    danger: "border-danger bg-danger-tint text-danger",
  };
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${styles[tone]}`}
    >
      {children}
    </span>
  );
}
