import "server-only";
/**
 * How hard a new password is to guess (zxcvbn-ts, with its common and French
 * dictionaries: passwords from leaks, French words, first and last names,
 * keyboard patterns, repeats, sequences and dates). Applied wherever a
 * password is set: account creation (screen and `npm run user:create`),
 * reset by the coordination, change in "Mon compte". Length limits are in
 * password-policy.ts and checked first by the forms' schemas. Server only:
 * the dictionaries weigh a few megabytes.
 */
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as frenchDictionary, translations } from "@zxcvbn-ts/language-fr";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";

/**
 * zxcvbn's score 3: about 10^8 guesses or more ("safely unguessable" against
 * an online attack and, with argon2id, a slow offline one). Scores 0–2 are
 * refused.
 */
export const MIN_SCORE = 3;

type Holder = { factory?: ZxcvbnFactory };
const holder = ((globalThis as { __cmqZxcvbn?: Holder }).__cmqZxcvbn ??= {});

function factory(): ZxcvbnFactory {
  holder.factory ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...frenchDictionary },
  });
  return holder.factory;
}

/** Who the password belongs to: a password built from these is refused. */
export type PasswordOwner = { email: string; name?: string | null };

/** The words of an owner a password must not be built from: the e-mail, its parts, the name's parts. */
function ownerWords({ email, name }: PasswordOwner): string[] {
  const address = email.trim().toLowerCase();
  const [local = "", domain = ""] = address.split("@");
  const words = [address, local, domain, ...local.split(/[^\p{L}\p{N}]+/u), ...domain.split(".")];
  if (name) words.push(name, ...name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return [...new Set(words.filter((w) => w.length >= 3))];
}

function isBuiltFromOwner(result: ZxcvbnResult): boolean {
  return result.sequence.some((match) => "dictionaryName" in match && match.dictionaryName === "userInputs");
}

/**
 * Why `password` may not be used by `owner`, in French, or null when it may.
 * The message names the reason: too short or long, built from the e-mail or
 * name, or too common / too easy to guess (with zxcvbn's French hint).
 */
export function passwordWeakness(password: string, owner: PasswordOwner): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `Le mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères.`;
  const words = ownerWords(owner);
  const result = factory().check(password, words);
  if (result.score < MIN_SCORE && !isBuiltFromOwner(result)) {
    const hint = result.feedback.warning ? ` (${result.feedback.warning.replace(/\.$/, "")})` : "";
    return `Ce mot de passe est trop courant ou trop facile à deviner${hint}. Une phrase de quatre ou cinq mots sans lien entre eux est sûre et facile à retenir.`;
  }
  // What is left once the e-mail and name are taken out must be strong on its own
  // ("claire.martin2026" leaves "2026").
  const rest = withoutWords(password, words);
  if (result.score < MIN_SCORE || (rest !== password && factory().check(rest).score < MIN_SCORE))
    return "Ce mot de passe reprend l’adresse e-mail ou le nom du compte\u00A0: choisissez-en un sans lien avec eux.";
  return null;
}

/** `password` with every occurrence of `words` taken out, whatever their case. */
function withoutWords(password: string, words: string[]): string {
  let rest = password;
  // Longest first, so the whole address goes before its parts.
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    rest = rest.replace(new RegExp(escaped, "giu"), "");
  }
  return rest;
}
