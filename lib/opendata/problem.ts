/**
 * RFC 9457 problem documents: what an API client gets for an invalid query
 * or an unknown item, in French, naming each invalid parameter.
 */
import type { z } from "zod";
import type { Problem } from "./dto";

export type ParameterError = { parameter: string; detail: string };

/** One entry per invalid parameter (zod issues of a query schema). */
export function parameterErrors(error: z.ZodError): ParameterError[] {
  const out: ParameterError[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ parameter: key, detail: "paramètre inconnu" });
    } else {
      out.push({ parameter: String(issue.path[0] ?? "query"), detail: issue.message });
    }
  }
  // One entry per parameter: the first message is enough to fix it.
  return out.filter((e, i) => out.findIndex((o) => o.parameter === e.parameter) === i);
}

export function invalidQueryProblem(errors: ParameterError[], typeUri: string, instance: string): Problem {
  const names = errors.map((e) => e.parameter);
  return {
    type: typeUri,
    title: "Requête invalide",
    status: 400,
    detail: `${names.length > 1 ? "Paramètres invalides" : "Paramètre invalide"} : ${errors.map((e) => `${e.parameter} (${e.detail})`).join(" ; ")}.`,
    instance,
    errors,
  };
}

export function notFoundProblem(detail: string, typeUri: string, instance: string): Problem {
  return { type: typeUri, title: "Ressource introuvable", status: 404, detail, instance };
}
