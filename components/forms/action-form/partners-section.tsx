"use client";
/**
 * Partners: picked from the organisation directory (with their role in the
 * action), or proposed as new organisations, which stay drafts until the
 * coordinator validates them.
 */
import { useMemo, useState } from "react";
import { ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { ACTION_LIMITS } from "@/lib/actions/schema";
import type { ActionFormOptions } from "@/lib/actions/backoffice-queries";
import { foldText } from "@/lib/text/fold";
import { Button } from "../buttons";
import { fieldId, optionsOf, SelectField, TextField } from "../field";
import { Repeatable } from "./repeatable";
import type { SectionProps } from "./types";
import { formatCount, plural } from "@/lib/text/plural";

const KIND_OPTIONS = optionsOf(ORGANISATION_KIND_LABELS);

export function PartnersSection({
  values,
  update,
  errors,
  organisations,
  disabled,
}: SectionProps & { organisations: ActionFormOptions["organisations"] }) {
  const [query, setQuery] = useState("");
  const [choice, setChoice] = useState("");
  const byId = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);
  const chosen = new Set(values.partners.map((p) => p.organisationId));
  const matches = useMemo(() => {
    const q = foldText(query.trim());
    return organisations
      .filter(
        (o) =>
          !chosen.has(o.id) && (!q || foldText(`${o.name} ${o.acronym ?? ""} ${o.city ?? ""}`).includes(q)),
      )
      .slice(0, 200);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [organisations, query, values.partners]);
  const selected = matches.some((o) => o.id === choice) ? choice : (matches[0]?.id ?? "");

  const add = () => {
    if (!selected || chosen.has(selected)) return;
    update("partners", [...values.partners, { organisationId: selected, role: "" }]);
    setChoice("");
  };
  const label = (id: string) => {
    const o = byId.get(id);
    if (!o) return "Organisation retirée de l’annuaire";
    return `${o.name}${o.acronym && o.acronym !== o.name ? ` (${o.acronym})` : ""}${o.isDraft ? " — en attente de validation" : ""}`;
  };

  return (
    <section aria-labelledby="section-partenaires" className="flex flex-col gap-4">
      <h2 id="section-partenaires" className="text-xl font-bold">
        Partenaires
      </h2>
      {errors.partners ? (
        <p id={`${fieldId("partners")}-erreur`} className="font-semibold text-danger">
          <span className="sr-only">Erreur&nbsp;: </span>
          {errors.partners}
        </p>
      ) : null}
      {values.partners.length ? (
        <ul className="flex flex-col gap-3">
          {values.partners.map((p, i) => (
            <li key={p.organisationId} className="rounded border border-line bg-subtle p-3">
              <p className="font-semibold">{label(p.organisationId)}</p>
              <div className="mt-2 flex flex-wrap items-end gap-3">
                <TextField
                  className="min-w-64 flex-1"
                  name={`partners.${i}.role`}
                  label={`Rôle de ${byId.get(p.organisationId)?.name ?? "ce partenaire"} dans l’action`}
                  optional
                  value={p.role}
                  onChange={(e) =>
                    update(
                      "partners",
                      values.partners.map((x, j) => (j === i ? { ...x, role: e.target.value } : x)),
                    )
                  }
                  error={errors[`partners.${i}.role`]}
                  maxLength={200}
                />
                <Button
                  variant="link"
                  onClick={() =>
                    update(
                      "partners",
                      values.partners.filter((_, j) => j !== i),
                    )
                  }
                  disabled={disabled}
                >
                  Retirer {byId.get(p.organisationId)?.name ?? "ce partenaire"}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">Aucun partenaire pour l’instant.</p>
      )}

      <div className="rounded border border-line p-3">
        <h3 className="font-bold">Ajouter un partenaire de l’annuaire</h3>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <TextField
            name="partners"
            label="Rechercher dans l’annuaire"
            hint="Nom, sigle ou commune"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-invalid={errors.partners ? true : undefined}
          />
          <SelectField
            name="partnerChoice"
            label={`Organisation (${formatCount(matches.length, plural("résultat"))})`}
            options={matches.map((o) => ({ value: o.id, label: label(o.id) }))}
            value={selected}
            onChange={(e) => setChoice(e.target.value)}
            disabled={matches.length === 0}
          />
        </div>
        <div className="mt-3">
          <Button
            variant="secondary"
            onClick={add}
            disabled={disabled || !selected || values.partners.length >= ACTION_LIMITS.partners}
          >
            Ajouter ce partenaire
          </Button>
        </div>
      </div>

      <Repeatable
        legend="Proposer une organisation absente de l’annuaire"
        hint="Elle sera ajoutée comme partenaire et restera invisible au public tant que la coordination régionale ne l’aura pas validée."
        rows={values.newPartners}
        onChange={(rows) => update("newPartners", rows)}
        empty={() => ({ name: "", kind: "", city: "", website: "", role: "" })}
        addLabel="Proposer une nouvelle organisation"
        removeLabel={(i) => `Retirer l’organisation proposée ${i + 1}`}
        max={ACTION_LIMITS.newPartners}
        error={errors.newPartners}
        errorId={`${fieldId("newPartners")}-erreur`}
        firstFocusId={fieldId("newPartners")}
        disabled={disabled}
        renderRow={(row, i, set) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              name={`newPartners.${i}.name`}
              label={`Nom de l’organisation proposée ${i + 1}`}
              value={row.name}
              onChange={(e) => set({ ...row, name: e.target.value })}
              error={errors[`newPartners.${i}.name`]}
              maxLength={200}
            />
            <SelectField
              name={`newPartners.${i}.kind`}
              label="Type d’organisation"
              placeholder="Choisissez un type"
              options={KIND_OPTIONS}
              value={row.kind}
              onChange={(e) => set({ ...row, kind: e.target.value })}
              error={errors[`newPartners.${i}.kind`]}
            />
            <TextField
              name={`newPartners.${i}.city`}
              label="Commune"
              optional
              value={row.city}
              onChange={(e) => set({ ...row, city: e.target.value })}
              error={errors[`newPartners.${i}.city`]}
              maxLength={120}
            />
            <TextField
              name={`newPartners.${i}.website`}
              label="Site web"
              optional
              type="url"
              value={row.website}
              onChange={(e) => set({ ...row, website: e.target.value })}
              error={errors[`newPartners.${i}.website`]}
            />
            <TextField
              className="sm:col-span-2"
              name={`newPartners.${i}.role`}
              label="Rôle dans l’action"
              optional
              value={row.role}
              onChange={(e) => set({ ...row, role: e.target.value })}
              error={errors[`newPartners.${i}.role`]}
              maxLength={200}
            />
          </div>
        )}
      />
    </section>
  );
}
