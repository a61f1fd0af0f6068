/**
 * What the documentation page says about each query parameter, read from
 * the parameter's JSON Schema (itself generated from the zod filter schema):
 * the page cannot list a value the API refuses, nor miss one it accepts.
 */
type Schema = {
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
};

function describeOne(schema: Schema): string {
  if (schema.enum) return schema.enum.map(String).join(", ");
  if (schema.type === "integer" || schema.type === "number") {
    if (schema.minimum !== undefined && schema.maximum !== undefined)
      return `nombre entier de ${schema.minimum} à ${schema.maximum}`;
    return "nombre entier";
  }
  if (schema.maxLength) return `texte (${schema.maxLength} caractères au plus)`;
  return "texte";
}

/** "bts, cap, …", "nombre entier de 3 à 8 (plusieurs valeurs possibles)", "texte". */
export function describeParameterValues(schema: Schema): string {
  if (schema.type === "array" && schema.items)
    return `${describeOne(schema.items)} (plusieurs valeurs possibles)`;
  return describeOne(schema);
}
