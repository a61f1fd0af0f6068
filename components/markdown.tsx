import ReactMarkdown from "react-markdown";

/**
 * Markdown from the database (report texts, action bodies). Raw HTML is
 * not rendered; headings are shifted so a body never adds an h1 or h2.
 */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  if (!children.trim()) return null;
  return (
    <div className={`prose-cmq ${className}`}>
      <ReactMarkdown
        skipHtml
        components={{
          h1: ({ children }) => <h3>{children}</h3>,
          h2: ({ children }) => <h3>{children}</h3>,
          h3: ({ children }) => <h3>{children}</h3>,
          h4: ({ children }) => <h4>{children}</h4>,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
