/**
 * Diploma words in a search: "bts", "cap", "bac pro", "licence", "dnmade"…
 * A visitor typing one is looking for a training, so the search puts
 * formations first and matches the formation's diploma type as well as its
 * text ("bac pro" also finds a formation titled « Baccalauréat
 * professionnel … »).
 */
import type { DiplomaType } from "@/lib/generated/prisma/enums";
import { queryWords } from "./text";

/**
 * Normalized word sequences naming a diploma, longest first so that
 * "licence pro" is read as one diploma and not as "licence" + "pro".
 * Ambiguous French words are left out: "du" (a stop word), "but" (a goal),
 * "mc" and "bp" (too short to mean a diploma on their own).
 */
const DIPLOMA_WORDS: { words: string[]; diplomas: DiplomaType[] }[] = [
  { words: ["licence", "professionnelle"], diplomas: ["LICENCE_PRO"] },
  { words: ["licence", "pro"], diplomas: ["LICENCE_PRO"] },
  { words: ["bac", "professionnel"], diplomas: ["BAC_PRO"] },
  { words: ["bac", "pro"], diplomas: ["BAC_PRO"] },
  { words: ["baccalaureat", "professionnel"], diplomas: ["BAC_PRO"] },
  { words: ["titre", "professionnel"], diplomas: ["TITRE_PRO"] },
  { words: ["titre", "pro"], diplomas: ["TITRE_PRO"] },
  { words: ["mention", "complementaire"], diplomas: ["MC"] },
  { words: ["brevet", "professionnel"], diplomas: ["BP"] },
  { words: ["licence"], diplomas: ["LICENCE", "LICENCE_PRO"] },
  { words: ["cap"], diplomas: ["CAP"] },
  { words: ["bts"], diplomas: ["BTS"] },
  { words: ["dut"], diplomas: ["DUT"] },
  { words: ["master"], diplomas: ["MASTER"] },
  { words: ["ingenieur"], diplomas: ["INGENIEUR"] },
  { words: ["dnmade"], diplomas: ["DNMADE"] },
];

export type DiplomaQuery = {
  /** Diploma types named by the query (empty when it names none). */
  diplomas: DiplomaType[];
  /** The query's other words, which a formation of those diplomas must still match. */
  otherWords: string[];
};

/** Finds the diplomas a query names, and the words left once they are taken out. */
export function diplomaQuery(query: string): DiplomaQuery {
  const words = queryWords(query);
  const diplomas = new Set<DiplomaType>();
  const otherWords: string[] = [];
  for (let i = 0; i < words.length;) {
    const match = DIPLOMA_WORDS.find((d) => d.words.every((w, k) => words[i + k] === w));
    if (match) {
      match.diplomas.forEach((d) => diplomas.add(d));
      i += match.words.length;
    } else {
      otherWords.push(words[i]);
      i += 1;
    }
  }
  return { diplomas: [...diplomas], otherWords };
}
