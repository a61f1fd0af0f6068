"use client";
/** Related formations (a long list, filtered by typing) and plateformes technologiques. */
import { useMemo, useState } from "react";
import type { ActionFormOptions } from "@/lib/actions/backoffice-queries";
import { foldText } from "@/lib/text/fold";
import { ChoiceGroup, fieldId, TextField } from "../field";
import type { SectionProps } from "./types";
import { formatCount, plural } from "@/lib/text/plural";

export function RelatedSection({
  values,
  update,
  errors,
  formations,
  platforms,
}: SectionProps & {
  formations: ActionFormOptions["formations"];
  platforms: ActionFormOptions["platforms"];
}) {
  const [query, setQuery] = useState("");
  const visible = useMemo(() => {
    const q = foldText(query.trim());
    return formations.filter(
      (f) => values.formationIds.includes(f.id) || !q || foldText(`${f.title} ${f.place ?? ""}`).includes(q),
    );
  }, [formations, query, values.formationIds]);
  return (
    <section aria-labelledby="section-liens-portail" className="flex flex-col gap-5">
      <h2 id="section-liens-portail" className="text-xl font-bold">
        Formations et plateformes liées
      </h2>
      <div className="flex flex-col gap-3">
        <TextField
          name="formationIds"
          label="Filtrer les formations"
          optional
          hint="Les formations cochées restent affichées."
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-invalid={errors.formationIds ? true : undefined}
        />
        <ChoiceGroup
          name="formationIdsList"
          id={`${fieldId("formationIds")}-liste`}
          label={`Formations liées (${formatCount(values.formationIds.length, plural("cochée"))})`}
          options={visible.map((f) => ({
            value: f.id,
            label: f.place ? `${f.title} — ${f.place}` : f.title,
          }))}
          values={values.formationIds}
          onChange={(v) => update("formationIds", v)}
          error={errors.formationIds}
        />
      </div>
      <ChoiceGroup
        name="platformIds"
        label="Plateformes technologiques (PFT) liées"
        optional
        options={platforms.map((p) => ({
          value: p.id,
          label: p.acronym && p.acronym !== p.name ? `${p.name} (${p.acronym})` : p.name,
        }))}
        values={values.platformIds}
        onChange={(v) => update("platformIds", v)}
        error={errors.platformIds}
        columns={2}
      />
    </section>
  );
}
