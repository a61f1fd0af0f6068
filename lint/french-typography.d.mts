import type { ESLint } from "eslint";

declare const plugin: ESLint.Plugin;
export default plugin;

/** Props and object keys whose string values people read. */
export declare const DISPLAYED_NAMES: Set<string>;
/** The rules of lib/text/typography.ts's frenchTypography, as the fixer applies them. */
export declare function frenchTypography(text: string): string;
/** What to write instead of the first fault of a shown text, or null. */
export declare function typographyFault(text: string): string | null;
