/**
 * The Markdown component of the public pages and the back office: user
 * text never makes the browser load anything from another server.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, null, source));

describe("Markdown", () => {
  it("writes an image as its alternative text, never as an <img>", () => {
    const html = render("Avant ![Logo du partenaire](https://tracker.example/p.png) après.");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("tracker.example");
    expect(html).toBe('<div class="prose-cmq "><p>Avant Logo du partenaire après.</p></div>');
  });

  it("drops an image without alternative text, and reference-style images too", () => {
    const html = render(
      "Texte ![](https://tracker.example/a.png) et ![Plan][plan].\n\n[plan]: https://tracker.example/b.png",
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("tracker.example");
    expect(html).toContain("<p>Texte  et Plan.</p>");
  });

  it("keeps a linked image's link, with the alternative text as its label", () => {
    const html = render("[![Site du campus](https://tracker.example/logo.png)](https://cmq-bfc.org)");
    expect(html).not.toContain("<img");
    expect(html).toContain('<a href="https://cmq-bfc.org">Site du campus</a>');
  });

  it("does not render raw HTML images", () => {
    const html = render('Texte <img src="https://tracker.example/p.png" alt="x"> fin.');
    expect(html).not.toContain("<img");
    expect(html).not.toContain("tracker.example");
  });

  it("keeps links to other sites as links, and neutralises unsafe protocols", () => {
    expect(render("Voir [le site](https://www.example.org/page).")).toContain(
      '<a href="https://www.example.org/page">le site</a>',
    );
    const unsafe = render("[clic](javascript:alert(1))");
    expect(unsafe).toContain(">clic</a>");
    expect(unsafe).not.toContain("javascript:");
  });

  it("shifts headings so a body never adds an h1 or h2", () => {
    expect(render("# Titre\n\n## Sous-titre")).toBe(
      '<div class="prose-cmq "><h3>Titre</h3>\n<h3>Sous-titre</h3></div>',
    );
  });

  it("writes a report reference as its words: the number belongs to the printed edition", () => {
    const html = render("Le CMQ a un [Conseil de Perfectionnement](ref:annex:council-agt) actif.");
    expect(html).toBe('<div class="prose-cmq "><p>Le CMQ a un Conseil de Perfectionnement actif.</p></div>');
  });
});
