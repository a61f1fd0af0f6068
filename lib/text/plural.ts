/**
 * Counts in French words: "1 ligne valide", "0 ligne valide", "3 lignes
 * valides". French treats 0 and 1 as singular (Intl.PluralRules('fr')).
 */

const rules = new Intl.PluralRules("fr");
const integers = new Intl.NumberFormat("fr-FR");

export type PluralForms = { one: string; other: string };

/** The form of `forms` that goes with `count` ("ligne" for 0 and 1, "lignes" for 2). */
export function pluralForm(count: number, forms: PluralForms): string {
  return rules.select(count) === "one" ? forms.one : forms.other;
}

/** The count in figures (narrow no-break space between thousands) and the matching form. */
export function formatCount(count: number, forms: PluralForms): string {
  return `${integers.format(count)}\u00A0${pluralForm(count, forms)}`;
}

/** Shorthand for the common case where the plural only adds an "s" to each word. */
export function plural(one: string, other = one.replace(/(\p{L})(?=\s|$)/gu, "$1s")): PluralForms {
  return { one, other };
}
