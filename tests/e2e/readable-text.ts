/**
 * The texts a visitor reads in a page's HTML, read from the server's bytes
 * (what every visitor gets, JavaScript or not) without opening a browser
 * page: the <title>, the meta description, the images' alt texts and the
 * body's text. Scripts, styles and templates are not read; code samples
 * (code, pre, kbd, samp) are replaced by a neutral word, as their
 * characters are their own. Block elements and <br> break the text as a
 * browser's innerText would, inline elements do not, so « in one element
 * and its » in the next are still read side by side. An <svg>'s texts
 * (a map's labels, its titles) are read as body text.
 *
 * Unlike innerText, text hidden by CSS (a closed disclosure, a visually
 * hidden label) is read too: a visitor opening it, or a screen reader,
 * reads it as well.
 */
import { Parser } from "htmlparser2";

const UNREAD = new Set(["script", "style", "template"]);
const CODE = new Set(["code", "pre", "kbd", "samp"]);
const BLOCKS = new Set(
  (
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure " +
    "footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol option p section summary table tbody td " +
    "tfoot th thead tr ul"
  ).split(" "),
);

export function readableTextsOf(html: string): string[] {
  let title = "";
  let description = "";
  const alts: string[] = [];
  let body = "";
  // Depth inside an unread or code element, and whether we are in <title>.
  let skipped = 0;
  let inTitle = false;
  // An <svg> has <title>s of its own (its accessible name), not the page's.
  let svgDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipped) {
          skipped += 1;
          return;
        }
        if (UNREAD.has(name) || CODE.has(name)) {
          if (CODE.has(name)) body += "code";
          skipped = 1;
          return;
        }
        if (name === "svg") svgDepth += 1;
        if (name === "title" && svgDepth === 0) inTitle = true;
        if (name === "meta" && attributes.name === "description") description = attributes.content ?? "";
        if (name === "img" && attributes.alt) alts.push(attributes.alt);
        if (name === "br" || BLOCKS.has(name)) body += "\n";
      },
      ontext(text) {
        if (skipped) return;
        if (inTitle) title += text;
        else if (svgDepth === 0 || text.trim()) body += text;
      },
      onclosetag(name) {
        if (skipped) {
          skipped -= 1;
          return;
        }
        if (name === "svg") svgDepth -= 1;
        if (name === "title") inTitle = false;
        if (BLOCKS.has(name)) body += "\n";
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return [title, description, ...alts, body];
}
