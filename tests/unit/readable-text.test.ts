import { describe, expect, it } from "vitest";
import { typographyFaults } from "@/lib/text/typography";
import { readableTextsOf } from "../e2e/readable-text";

const page = (body: string, head = "") =>
  `<!DOCTYPE html><html lang="fr"><head><title>Titre d’essai</title>${head}</head><body>${body}</body></html>`;

describe("readableTextsOf (the typography crawl's reader of a page's HTML)", () => {
  it("reads the title, the meta description, the alt texts and the body, entities decoded", () => {
    const [title, description, alt, body] = readableTextsOf(
      page(
        `<main><h1>Les actions</h1><p>Un <a href="/x">lien</a> ici</p><img src="a.png" alt="Logo d'Enedis"></main>`,
        `<meta name="description" content="Tout sur l&#x27;action">`,
      ),
    );
    expect(title).toBe("Titre d’essai");
    expect(description).toBe("Tout sur l'action");
    expect(alt).toBe("Logo d'Enedis");
    expect(body).toContain("Les actions");
    expect(body).toContain("Un lien ici");
  });

  it("does not read scripts, styles or templates, and replaces code samples by a neutral word", () => {
    const texts = readableTextsOf(
      page(
        `<p>Avant</p><script>self.__next_f.push("l'a : b")</script><style>a::after{content:" : "}</style>` +
          `<template><p>l'autre</p></template><pre>curl "https://x" ; echo l'a</pre><p>Après</p>`,
      ),
    );
    const body = texts.at(-1)!;
    expect(body).not.toContain("__next_f");
    expect(body).not.toContain("content:");
    expect(body).not.toContain("l'autre");
    expect(body).toContain("code");
    expect(texts.flatMap(typographyFaults)).toEqual([]);
  });

  it("reads « and » in neighbouring inline elements side by side, and breaks the text at blocks", () => {
    const body = readableTextsOf(page(`<p><em>« </em>Énergie<strong> »</strong></p><p>Suite</p>`)).at(-1)!;
    expect(body).toContain("« Énergie »");
    expect(typographyFaults(body)).toHaveLength(2);
    expect(body).toMatch(/»\n+Suite/);
  });

  it("reads an svg's texts as body text and keeps the page's title", () => {
    const [title, , body] = readableTextsOf(
      page(`<svg viewBox="0 0 1 1"><title>Carte des campus</title><path d="M0 0"/><text>Dijon</text></svg>`),
    );
    expect(title).toBe("Titre d’essai");
    expect(body).toContain("Dijon");
  });

  it("finds a fault a visitor would see", () => {
    const texts = readableTextsOf(page(`<p>Bienvenue : l'accueil</p>`));
    expect(texts.flatMap(typographyFaults)).toHaveLength(2);
  });
});
