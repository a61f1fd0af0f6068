"use client";

/** Errors outside the chrome of this root layout (pages with chrome have their own error.tsx). */
export { RootError as default } from "@/components/layout/error-view";
