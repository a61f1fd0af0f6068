/**
 * A local ESLint plugin: French typography for the texts written in the
 * source (issue 14). Texts from the database and content/ are typeset by the
 * read models (lib/text/typeset.ts); the texts written in code are written
 * typeset, so that none can be forgotten. The faults are those
 * `typographyFaults` (lib/text/typography.ts) finds on a rendered page:
 * a straight apostrophe between letters, a regular space (or none) before
 * : ; ! ?, « » without their no-break spaces, and "straight quotes" where
 * French uses « ». Write ’, &nbsp; (or \u00A0 in a JS string) before :,
 * &#x202F; (\u202F) before ; ! ? and inside « », or show the text through fr().
 *
 * Where a text is read:
 * - JSX text and the strings and template literals of a JSX child
 *   expression (<code>, <pre>, <kbd>, <samp> excepted: code keeps its characters);
 * - the string values of props that are shown (title, label, aria-label,
 *   placeholder, alt…), and of object properties of the same names
 *   (navigation items, column headers, metadata);
 * - with `{ allStrings: true }` (validation messages), every string or
 *   template literal that reads as prose (has a space).
 */

/** Props and object keys whose string values people read. */
export const DISPLAYED_NAMES = new Set([
  "title",
  "lead",
  "label",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "placeholder",
  "alt",
  "description",
  "emptyText",
  "empty",
  "caption",
  "hint",
  "help",
  "legend",
  "summary",
  "heading",
  "subtitle",
  "intro",
  "message",
  "confirm",
  "confirmMessage",
  "submitLabel",
  "pendingLabel",
  "successMessage",
  "error",
  "note",
  "header",
  "content",
]);

const CODE_ELEMENTS = new Set(["code", "pre", "kbd", "samp", "CodeBlock"]);

/** The entities a JSX text may use for what the rules ask, decoded before reading. */
const ENTITIES = {
  nbsp: "\u00A0",
  apos: "'",
  quot: '"',
  laquo: "«",
  raquo: "»",
  rsquo: "’",
  amp: "&",
};

function decodeEntities(text) {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (match, hex, dec, name) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

/** Each fault with what to write instead. */
const FAULTS = [
  { pattern: /\p{L}'\p{L}/u, fix: "’ (typographic apostrophe) between letters" },
  {
    // A regular space, or none, before ; ! ? that end a word (a fragment may start after an expression).
    pattern: /(?:^|[\p{L}\p{N}»)\]’"]| )[;!?]+(?=\s|$|[»)\]])/u,
    fix: "a narrow no-break space (&#x202F; or \\u202F) before ; ! ?",
  },
  {
    pattern: /(?:^|[\p{L}\p{N}»)\]’"]| ):(?=\s|$)/u,
    fix: "a no-break space (&nbsp; or \\u00A0) before :",
  },
  {
    pattern: /« |«[^\s\u00A0\u202F]| »|[^\s\u00A0\u202F]»/u,
    fix: "narrow no-break spaces (&#x202F; or \\u202F) inside « »",
  },
  { pattern: /"/u, fix: "« » (with narrow no-break spaces) instead of straight quotes" },
];

/** Parts of a shown text that keep their own characters: addresses, paths, times. */
const VERBATIM =
  /\b(?:https?:\/\/|www\.|mailto:)\S+|\S+@\S+\.\S+|(?<![\p{L}\p{N}])\/[\w\-./?=&%]+|\b\d{1,2}:\d{2}\b/gu;

/** The first fault of a text as shown, or null. */
export function typographyFault(text) {
  const readable = decodeEntities(text).replace(VERBATIM, (m) => "x".repeat(m.length));
  const fault = FAULTS.find(({ pattern }) => pattern.test(readable));
  return fault ? fault.fix : null;
}

/**
 * The rules of `frenchTypography` (lib/text/typography.ts), for the fixer:
 * a tested copy (tests/unit/lint-french-typography.test.ts checks that both
 * give the same text), since ESLint loads this file without TypeScript.
 */
const SPACES = "[ \\t\\u00A0\\u202F]*";
const RULES = [
  [/(\p{L})'(?=\p{L})/gu, "$1’"],
  [new RegExp(`«${SPACES}`, "g"), "«\u202F"],
  [new RegExp(`${SPACES}»`, "g"), "\u202F»"],
  [new RegExp(`([\\p{L}\\p{N}»)\\]’"])${SPACES}([;!?]+)(?=\\s|$|[»)\\]])`, "gu"), "$1\u202F$2"],
  [new RegExp(`([\\p{L}\\p{N}»)\\]’"])${SPACES}:(?=\\s|$)`, "gu"), "$1\u00A0:"],
];

export function frenchTypography(text) {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/**
 * A fragment of a text, `before` and `after` an interpolation or not: the
 * interpolation reads as a word ("x"), so that " : ${value}" gets its space.
 */
function typesetFragment(text, { before = false, after = false } = {}) {
  // A fragment starting with " ; …" follows a word shown before it: its space is that word's.
  const start = before
    ? text
    : text.replace(/^[ \t]+([;!?]+)(?=\s|$)/, "\u202F$1").replace(/^[ \t]+:(?=\s|$)/, "\u00A0:");
  const out = frenchTypography((before ? "x" : "") + start + (after ? "x" : ""));
  return out.slice(before ? 1 : 0, after ? out.length - 1 : out.length);
}

/** A string as JS source (no-break spaces written as escapes, so that they show in review). */
function jsString(value, quote) {
  const escaped = value
    .replace(/\\/g, "\\\\")
    .replace(/\n/g, "\\n")
    .replace(/\u00A0/g, "\\u00A0")
    .replace(/\u202F/g, "\\u202F");
  return quote + escaped.split(quote).join(`\\${quote}`) + quote;
}

function templateSource(value) {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/`/g, "\\`")
    .replace(/\$\{/g, "\\${")
    .replace(/\u00A0/g, "\\u00A0")
    .replace(/\u202F/g, "\\u202F");
}

/** A JSX text or attribute string typeset, its other entities kept (&amp; is not "&amp" then ";"). */
function typesetJsx(raw, before = false) {
  const kept = [];
  const plain = raw
    .replace(/&nbsp;|&#160;|&#xa0;/gi, "\u00A0")
    .replace(/&#x202f;|&#8239;/gi, "\u202F")
    .replace(/&apos;/g, "'")
    .replace(/&[#a-z0-9]+;/gi, (entity) => {
      kept.push(entity);
      return `\uE000${kept.length - 1}\uE001`;
    });
  return typesetFragment(plain, { before })
    .replace(/\u00A0/g, "&nbsp;")
    .replace(/\u202F/g, "&#x202F;")
    .replace(/\uE000(\d+)\uE001/g, (_, i) => kept[Number(i)]);
}

const isProse = (text) => /\p{L}/u.test(text);

/**
 * The pieces of text an expression shows, as [node, text] pairs: strings,
 * template literals (an interpolation reads as a word), and both sides of
 * a condition or a concatenation. Calls (fr(), formatCount()…) are not read.
 */
function shownTexts(node, sourceCode) {
  if (!node) return [];
  switch (node.type) {
    case "Literal":
      if (typeof node.value !== "string") return [];
      return [[node, node.value, () => jsString(typesetFragment(node.value), node.raw[0])]];
    case "TemplateLiteral":
      return [
        ...node.quasis.map((quasi, i) => {
          const value = quasi.value.cooked ?? quasi.value.raw;
          const place = { before: i > 0, after: !quasi.tail };
          const text = (place.before ? "x" : "") + value + (place.after ? "x" : "");
          // The element's source includes its delimiters: ` or } before, ` or ${ after.
          const source = sourceCode.getText(quasi);
          const open = source.startsWith("`") || source.startsWith("}") ? 1 : 0;
          const close = source.endsWith("${") ? 2 : source.endsWith("`") ? 1 : 0;
          return [
            quasi,
            text,
            () =>
              source.slice(0, open) +
              templateSource(typesetFragment(value, place)) +
              source.slice(source.length - close),
          ];
        }),
        ...node.expressions.flatMap((expression) => shownTexts(expression, sourceCode)),
      ];
    case "ConditionalExpression":
      return [...shownTexts(node.consequent, sourceCode), ...shownTexts(node.alternate, sourceCode)];
    case "LogicalExpression":
      return [...shownTexts(node.left, sourceCode), ...shownTexts(node.right, sourceCode)];
    case "BinaryExpression":
      return node.operator === "+"
        ? [...shownTexts(node.left, sourceCode), ...shownTexts(node.right, sourceCode)]
        : [];
    case "TSAsExpression":
    case "TSSatisfiesExpression":
      return shownTexts(node.expression, sourceCode);
    default:
      return [];
  }
}

const elementName = (element) =>
  element?.type === "JSXElement" && element.openingElement.name.type === "JSXIdentifier"
    ? element.openingElement.name.name
    : null;

const inCode = (node) => CODE_ELEMENTS.has(elementName(node.parent));

const attributeName = (attribute) =>
  attribute.name.type === "JSXNamespacedName"
    ? `${attribute.name.namespace.name}:${attribute.name.name.name}`
    : attribute.name.name;

const propertyName = (property) =>
  property.computed
    ? null
    : property.key.type === "Identifier"
      ? property.key.name
      : typeof property.key.value === "string"
        ? property.key.value
        : null;

/** Keys whose strings are identifiers, addresses or HTTP headers ("Content-Type"), as in lib/text/typeset.ts. */
const CODE_KEYS = new Set([
  "id",
  "key",
  "slug",
  "href",
  "url",
  "src",
  "q",
  "query",
  "path",
  "code",
  "email",
  "type",
]);
const isCodeKey = (name) =>
  name !== null &&
  (CODE_KEYS.has(name) || /(Id|Url|Email|Key|Slug|Path)$/.test(name) || /^[A-Z]\w*(-[A-Z]\w*)+$/.test(name));

/** Methods whose string arguments are patterns or names, not text. */
const CODE_METHODS = new Set([
  "startsWith",
  "endsWith",
  "includes",
  "indexOf",
  "split",
  "replace",
  "replaceAll",
  "match",
  "matchAll",
  "search",
  "get",
  "getAll",
  "has",
  "set",
  "append",
  "delete",
  "querySelector",
  "querySelectorAll",
]);

/** Inside <code>, <pre>… (as a child, or deeper in its expressions). */
function inCodeElement(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "JSXElement") return CODE_ELEMENTS.has(elementName(n));
    if (n.type === "JSXAttribute") return false;
  }
  return false;
}

/** Attributes whose strings are code, not text: classes, addresses, ids, test hooks. */
const isCodeAttribute = (name) => !DISPLAYED_NAMES.has(name) && !/^aria-/.test(name) && name !== "children";

/**
 * A string that is code, not text: a module name, a type, a key, a comparison,
 * a directive, a tagged template, a non-shown JSX attribute (className, href…).
 */
function isCodeString(start) {
  if (inCodeElement(start)) return true;
  // A branch of a condition or a part of a concatenation is what the whole is.
  let node = start;
  while (
    (node.parent.type === "ConditionalExpression" && node.parent.test !== node) ||
    node.parent.type === "LogicalExpression" ||
    node.parent.type === "TSAsExpression" ||
    (node.parent.type === "BinaryExpression" && node.parent.operator === "+")
  )
    node = node.parent;
  const parent = node.parent;
  switch (parent.type) {
    case "ImportDeclaration":
    case "ExportNamedDeclaration":
    case "ExportAllDeclaration":
    case "ImportExpression":
    case "TSLiteralType":
    case "TSExternalModuleReference":
    case "TSImportType":
    case "TaggedTemplateExpression":
    case "SwitchCase":
      return true;
    case "ExpressionStatement":
      return Boolean(parent.directive);
    case "Property":
      return parent.key === node || isCodeKey(propertyName(parent));
    case "CallExpression":
      return (
        parent.callee.type === "MemberExpression" &&
        !parent.callee.computed &&
        CODE_METHODS.has(parent.callee.property.name)
      );
    case "MemberExpression":
      return parent.property === node;
    case "BinaryExpression":
      return ["===", "!==", "==", "!=", "in"].includes(parent.operator);
    case "JSXAttribute":
      return isCodeAttribute(attributeName(parent));
    case "JSXExpressionContainer":
      return parent.parent.type === "JSXAttribute" && isCodeAttribute(attributeName(parent.parent));
    default:
      return false;
  }
}

const typesetText = {
  meta: {
    type: "problem",
    fixable: "code",
    docs: { description: "French typography in the texts people read (lib/text/typography.ts)" },
    schema: [
      {
        type: "object",
        properties: { allStrings: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    messages: {
      fault: "French typography (lib/text/typography.ts): write {{fix}}, or show the text through fr().",
    },
  },
  create(context) {
    const allStrings = context.options[0]?.allStrings === true;
    const sourceCode = context.sourceCode;
    const reported = new WeakSet();
    const check = (node, text, fixed) => {
      if (reported.has(node) || !isProse(text)) return;
      const fix = typographyFault(text);
      if (!fix) return;
      reported.add(node);
      const replacement = fixed();
      const original = sourceCode.getText(node);
      context.report({
        node,
        messageId: "fault",
        data: { fix },
        // Straight quotes want « » chosen by hand; the spaces and apostrophes are mechanical.
        fix: replacement === original ? null : (fixer) => fixer.replaceText(node, replacement),
      });
    };
    const checkAll = (expression) =>
      shownTexts(expression, sourceCode).forEach(([node, text, fixed]) => check(node, text, fixed));

    const visitors = {
      JSXText(node) {
        if (inCode(node)) return;
        const siblings = node.parent.children ?? [];
        const before = siblings.indexOf(node) > 0;
        check(node, node.raw ?? node.value, () => typesetJsx(node.raw ?? node.value, before));
      },
      JSXExpressionContainer(node) {
        if ((node.parent.type === "JSXElement" || node.parent.type === "JSXFragment") && !inCode(node))
          checkAll(node.expression);
      },
      JSXAttribute(node) {
        if (!node.value || !DISPLAYED_NAMES.has(attributeName(node))) return;
        const value = node.value;
        if (value.type === "Literal") {
          const quote = value.raw[0];
          check(value, value.raw.slice(1, -1), () => quote + typesetJsx(value.raw.slice(1, -1)) + quote);
        } else if (value.type === "JSXExpressionContainer") checkAll(value.expression);
      },
      Property(node) {
        const name = propertyName(node);
        if (name && DISPLAYED_NAMES.has(name)) checkAll(node.value);
      },
    };
    if (allStrings) {
      visitors.Literal = (node) => {
        if (typeof node.value === "string" && !isCodeString(node)) checkAll(node);
      };
      visitors.TemplateLiteral = (node) => {
        if (!isCodeString(node)) checkAll(node);
      };
    }
    return visitors;
  },
};

const plugin = { rules: { "typeset-text": typesetText } };

export default plugin;
