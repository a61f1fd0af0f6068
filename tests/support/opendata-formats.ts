/**
 * Small strict readers for the open data feeds, used by the tests to check
 * what a client would parse: they throw on anything the specifications
 * forbid rather than guessing.
 */

// ───────────────────────────── iCalendar (RFC 5545) ─────────────────────────────

export type ContentLine = { name: string; params: Record<string, string>; value: string };
export type CalendarComponent = { name: string; properties: ContentLine[]; components: CalendarComponent[] };

/**
 * Parses an iCalendar object: CRLF line ends only, physical lines of at most
 * 75 octets, folding undone, BEGIN/END balanced. Returns the VCALENDAR.
 */
export function parseICalendar(text: string): CalendarComponent {
  if (!text.endsWith("\r\n")) throw new Error("le contenu doit finir par CRLF");
  const physical = text.slice(0, -2).split("\r\n");
  physical.forEach((line, i) => {
    if (line.includes("\n") || line.includes("\r"))
      throw new Error(`ligne ${i + 1} : fin de ligne autre que CRLF`);
    const octets = Buffer.byteLength(line, "utf8");
    if (octets > 75) throw new Error(`ligne ${i + 1} : ${octets} octets (75 au plus)`);
    if (line === "") throw new Error(`ligne ${i + 1} : vide`);
  });
  // Unfold: a line starting with a space or a tab continues the previous one.
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (logical.length === 0) throw new Error("ligne de continuation en tête");
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const stack: CalendarComponent[] = [];
  let root: CalendarComponent | null = null;
  for (const raw of logical) {
    const line = parseContentLine(raw);
    if (line.name === "BEGIN") {
      const component: CalendarComponent = { name: line.value, properties: [], components: [] };
      if (stack.length) stack[stack.length - 1].components.push(component);
      else if (root) throw new Error("plusieurs objets VCALENDAR");
      else root = component;
      stack.push(component);
    } else if (line.name === "END") {
      const open = stack.pop();
      if (!open || open.name !== line.value) throw new Error(`END:${line.value} sans BEGIN correspondant`);
    } else {
      if (!stack.length) throw new Error(`propriété ${line.name} hors de tout composant`);
      stack[stack.length - 1].properties.push(line);
    }
  }
  if (stack.length) throw new Error(`composant ${stack[stack.length - 1].name} non fermé`);
  if (!root || root.name !== "VCALENDAR") throw new Error("pas d'objet VCALENDAR");
  return root;
}

function parseContentLine(line: string): ContentLine {
  const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^;:,"]*)(?:,(?:"[^"]*"|[^;:,"]*))*)*):(.*)$/.exec(
    line,
  );
  if (!m) throw new Error(`ligne de contenu invalide : ${line}`);
  const params: Record<string, string> = {};
  for (const p of m[2].split(";").slice(1)) {
    const [k, ...v] = p.split("=");
    params[k.toUpperCase()] = v.join("=");
  }
  return { name: m[1].toUpperCase(), params, value: m[3] };
}

/** The value of a TEXT property, unescaped (§3.3.11); throws on an invalid escape. */
export function unescapeText(value: string): string {
  return value.replace(/\\(.)|([;,])/g, (_all, escaped: string | undefined, bare: string | undefined) => {
    if (bare) throw new Error(`« ${bare} » non échappé dans un TEXT : ${value}`);
    if (escaped === "n" || escaped === "N") return "\n";
    if (escaped === "\\" || escaped === ";" || escaped === ",") return escaped;
    throw new Error(`échappement invalide \\${escaped}`);
  });
}

export function property(component: CalendarComponent, name: string): ContentLine | undefined {
  return component.properties.find((p) => p.name === name);
}

// ──────────────────────────────── XML (for Atom) ────────────────────────────────

export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
};

const NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(text: string, where: string): string {
  const stripped = text.replace(ENTITY, "");
  if (stripped.includes("&")) throw new Error(`« & » non échappé dans ${where}`);
  if (stripped.includes("<")) throw new Error(`« < » dans ${where}`);
  return text.replace(ENTITY, (e) => {
    const named: Record<string, string> = {
      "&amp;": "&",
      "&lt;": "<",
      "&gt;": ">",
      "&quot;": '"',
      "&apos;": "'",
    };
    if (named[e]) return named[e];
    const code = e.startsWith("&#x") ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10);
    return String.fromCodePoint(code);
  });
}

/**
 * Parses a well-formed XML document (declaration, elements, attributes, text
 * and character references; no DTD, comments or CDATA, which the feeds do not
 * use) and returns its root element. Throws when it is not well-formed.
 */
export function parseXml(xml: string): XmlElement {
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  if (rest === xml && xml.startsWith("<?")) throw new Error("déclaration XML invalide");
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
  while (rest.length) {
    if (rest.startsWith("<")) {
      const m = tag.exec(rest);
      if (!m) throw new Error(`balise invalide : ${rest.slice(0, 40)}`);
      const [all, closing, name, attrs, selfClosing] = m;
      rest = rest.slice(all.length);
      if (closing) {
        const open = stack.pop();
        if (!open || open.name !== name) throw new Error(`</${name}> ne ferme pas <${open?.name}>`);
        if (!stack.length) root = open;
        continue;
      }
      const attributes: Record<string, string> = {};
      for (const a of attrs.matchAll(new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g"))) {
        if (a[1] in attributes) throw new Error(`attribut ${a[1]} en double`);
        attributes[a[1]] = decode(a[2] ?? a[3], `l'attribut ${a[1]}`);
      }
      const element: XmlElement = { name, attributes, children: [], text: "" };
      if (stack.length) stack[stack.length - 1].children.push(element);
      else if (root) throw new Error("plusieurs éléments racines");
      if (selfClosing) {
        if (!stack.length) root = element;
      } else stack.push(element);
    } else {
      const end = rest.indexOf("<");
      const text = end === -1 ? rest : rest.slice(0, end);
      rest = end === -1 ? "" : rest.slice(end);
      if (!stack.length) {
        if (text.trim()) throw new Error("texte hors de l'élément racine");
        continue;
      }
      stack[stack.length - 1].text += decode(text, `<${stack[stack.length - 1].name}>`);
    }
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1].name}> non fermé`);
  if (!root) throw new Error("document vide");
  return root;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function childText(element: XmlElement, name: string): string | undefined {
  return childrenNamed(element, name)[0]?.text;
}

// ─────────────────────────── Feed-level requirements ───────────────────────────

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function exactlyOne(element: XmlElement, name: string): string {
  const found = childrenNamed(element, name);
  if (found.length !== 1)
    throw new Error(`<${element.name}> doit avoir exactement un <${name}> (${found.length})`);
  return found[0].text;
}

function date(element: XmlElement, name: string): string {
  const value = exactlyOne(element, name);
  if (!RFC3339.test(value)) throw new Error(`<${name}> n'est pas une date RFC 3339 : ${value}`);
  return value;
}

export type AtomEntryRead = {
  id: string;
  title: string;
  updated: string;
  published?: string;
  url: string;
  summary?: string;
  categories: string[];
};

/** Reads an Atom 1.0 feed and checks the elements RFC 4287 requires. */
export function readAtomFeed(xml: string) {
  const feed = parseXml(xml);
  if (feed.name !== "feed" || feed.attributes.xmlns !== "http://www.w3.org/2005/Atom")
    throw new Error("pas un flux Atom 1.0");
  const id = exactlyOne(feed, "id");
  const title = exactlyOne(feed, "title");
  const updated = date(feed, "updated");
  const links = childrenNamed(feed, "link").map((l) => ({
    rel: l.attributes.rel ?? "alternate",
    href: l.attributes.href,
    type: l.attributes.type,
  }));
  if (links.some((l) => !l.href)) throw new Error("<link> sans href");
  const feedAuthors = childrenNamed(feed, "author");
  for (const a of feedAuthors) exactlyOne(a, "name");
  const entries: AtomEntryRead[] = childrenNamed(feed, "entry").map((e) => {
    if (!feedAuthors.length && !childrenNamed(e, "author").length)
      throw new Error("entrée sans auteur (et flux sans auteur)");
    const alternate = childrenNamed(e, "link").find((l) => (l.attributes.rel ?? "alternate") === "alternate");
    const summaries = childrenNamed(e, "summary");
    if (!alternate && !childrenNamed(e, "content").length)
      throw new Error("entrée sans lien alternate ni contenu");
    if (childrenNamed(e, "published").length > 1) throw new Error("plusieurs <published>");
    return {
      id: exactlyOne(e, "id"),
      title: exactlyOne(e, "title"),
      updated: date(e, "updated"),
      published: childrenNamed(e, "published").length ? date(e, "published") : undefined,
      url: alternate?.attributes.href ?? "",
      summary: summaries[0]?.text,
      categories: childrenNamed(e, "category").map((c) => c.attributes.term),
    };
  });
  if (new Set(entries.map((e) => e.id)).size !== entries.length)
    throw new Error("identifiants d'entrée en double");
  return { id, title, updated, links, entries };
}

export type CalendarEventRead = {
  uid: string;
  summary: string;
  description?: string;
  start: ContentLine;
  end?: ContentLine;
  stamp: string;
  url?: string;
};

/** Reads an iCalendar object and checks the properties RFC 5545 requires. */
export function readCalendar(text: string) {
  const calendar = parseICalendar(text);
  if (property(calendar, "VERSION")?.value !== "2.0") throw new Error("VERSION:2.0 manquant");
  if (!property(calendar, "PRODID")?.value) throw new Error("PRODID manquant");
  const events: CalendarEventRead[] = calendar.components
    .filter((c) => c.name === "VEVENT")
    .map((e) => {
      const uid = property(e, "UID")?.value;
      const stamp = property(e, "DTSTAMP")?.value;
      const start = property(e, "DTSTART");
      if (!uid || !stamp || !start) throw new Error("VEVENT sans UID, DTSTAMP ou DTSTART");
      if (!/^\d{8}T\d{6}Z$/.test(stamp)) throw new Error(`DTSTAMP invalide : ${stamp}`);
      const end = property(e, "DTEND");
      if (start.params.VALUE === "DATE") {
        if (!/^\d{8}$/.test(start.value)) throw new Error(`DTSTART;VALUE=DATE invalide : ${start.value}`);
        if (end && !(end.params.VALUE === "DATE" && /^\d{8}$/.test(end.value) && end.value > start.value))
          throw new Error("DTEND doit être une date après DTSTART");
      }
      for (const p of e.properties)
        if (
          ["UID", "DTSTAMP", "DTSTART"].includes(p.name) &&
          e.properties.filter((q) => q.name === p.name).length > 1
        )
          throw new Error(`${p.name} en double`);
      const summary = property(e, "SUMMARY")?.value;
      const description = property(e, "DESCRIPTION")?.value;
      return {
        uid,
        stamp,
        start,
        end,
        summary: summary ? unescapeText(summary) : "",
        description: description ? unescapeText(description) : undefined,
        url: property(e, "URL")?.value,
      };
    });
  if (new Set(events.map((e) => e.uid)).size !== events.length) throw new Error("UID en double");
  return { calendar, events };
}
