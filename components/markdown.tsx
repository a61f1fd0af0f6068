import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";
import { rehypeFrenchTypography } from "@/lib/text/typography";

/**
 * Element overrides: headings shifted so a body never adds an h1 or h2, and
 * no image — `![texte](https://…)` would make every visitor's browser
 * request that server, which the portal never does. An image is written as
 * its alternative text. (react-markdown's `disallowedElements` with
 * `unwrapDisallowed` would drop it altogether: an <img> has no children to
 * keep, its text is an attribute.) Links stay links, to any site: following
 * one is the reader's choice; react-markdown's default URL transform already
 * empties `javascript:` and other unsafe protocols.
 */
const components: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h3>{children}</h3>,
  h4: ({ children }) => <h4>{children}</h4>,
  img: ({ alt }) => alt || null,
  // A `ref:` link names a part of the printed report (an annex, a campus's
  // actions): numbered at export, on a page it is just its words.
  a: ({ href, children }) => (href?.startsWith("ref:") ? <>{children}</> : <a href={href}>{children}</a>),
};

const urlTransform = (url: string) => (url.startsWith("ref:") ? url : defaultUrlTransform(url));

/**
 * Markdown from the database (report texts, action bodies), set in French
 * typography. Raw HTML is not rendered, nor are images (their alternative
 * text is).
 */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  if (!children.trim()) return null;
  return (
    <div className={`prose-cmq ${className}`}>
      <ReactMarkdown
        skipHtml
        components={components}
        urlTransform={urlTransform}
        rehypePlugins={[rehypeFrenchTypography]}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
