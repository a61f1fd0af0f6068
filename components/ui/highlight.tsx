import { highlightSegments } from "@/lib/search/highlight";
import { frenchTypography } from "@/lib/text/typography";

/** Text with the words matching the search in <mark> (React escapes the text itself). */
export function Highlight({ text, query }: { text: string; query?: string | null }) {
  return (
    <>
      {highlightSegments(frenchTypography(text), query).map((s, i) =>
        s.isMatch ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}
