import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { ACTION_STATUS_LABELS } from "@/lib/labels";
import { Tag } from "./tag";

const TONES = { EN_COURS: "success", PROJETEE: "info", TERMINEE: "neutral" } as const;
const ICONS = { EN_COURS: "●", PROJETEE: "○", TERMINEE: "✓" } as const;

/** An action's status, always as a word (the icon is decoration). */
export function StatusTag({ status, prefix = false }: { status: ActionStatus; prefix?: boolean }) {
  return (
    <Tag tone={TONES[status]}>
      <span aria-hidden="true">{ICONS[status]}</span>
      {prefix ? <span className="sr-only">Statut&nbsp;: </span> : null}
      {ACTION_STATUS_LABELS[status]}
    </Tag>
  );
}
