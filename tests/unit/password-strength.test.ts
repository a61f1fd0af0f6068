import { describe, expect, it } from "vitest";
import { passwordWeakness } from "@/lib/auth/password-strength";

const owner = { email: "claire.martin@exemple.fr", name: "Claire Martin" };
const TOO_EASY = /^Ce mot de passe est trop courant ou trop facile à deviner/;
const FROM_OWNER =
  "Ce mot de passe reprend l’adresse e-mail ou le nom du compte\u00A0: choisissez-en un sans lien avec eux.";

describe("password strength", () => {
  it("refuses a repeated character, with a French hint", () => {
    const message = passwordWeakness("aaaaaaaaaaaa", owner);
    expect(message).toMatch(TOO_EASY);
    expect(message).toContain("Les caractères répétés");
  });

  it("refuses twelve digits in a row as common", () => {
    expect(passwordWeakness("123456789012", owner)).toMatch(TOO_EASY);
  });

  it("refuses the account's own e-mail, and passwords built from it or from the name", () => {
    expect(passwordWeakness("claire.martin@exemple.fr", owner)).toBe(FROM_OWNER);
    expect(passwordWeakness("Claire.Martin@exemple.fr1", owner)).toBe(FROM_OWNER);
    expect(passwordWeakness("claire.martin2026", owner)).toBe(FROM_OWNER);
    expect(passwordWeakness("MartinClaire!!", owner)).toBe(FROM_OWNER);
  });

  it("refuses keyboard rows and dictionary words", () => {
    expect(passwordWeakness("azertyuiop12", owner)).toMatch(TOO_EASY);
    expect(passwordWeakness("motdepasse123", owner)).toMatch(TOO_EASY);
  });

  it("refuses fewer than 12 characters before anything else", () => {
    expect(passwordWeakness("Xq7#pL2!", owner)).toBe("Le mot de passe doit contenir au moins 12 caractères.");
  });

  it("accepts a passphrase of unrelated words, and a random password", () => {
    expect(passwordWeakness("Brume sur la Saône 2026", owner)).toBeNull();
    expect(passwordWeakness("violon tranquille hiver cactus", owner)).toBeNull();
    expect(passwordWeakness("Jbr3-kLq9-Wpz2", owner)).toBeNull();
    // A passphrase that happens to contain the first name still stands on its other words.
    expect(passwordWeakness("claire brume sur la saône lointaine", owner)).toBeNull();
  });
});
