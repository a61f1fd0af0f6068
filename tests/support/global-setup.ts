/**
 * The integration tests' template database: the one `npm test` prepared for
 * this run (TEST_TEMPLATE_DATABASE), or, when Vitest runs alone, one made
 * here and dropped at the end.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  createTemplate,
  dropTemplate,
  templateFromEnv,
  testServerUrl,
  type TemplateDatabase,
} from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: TemplateDatabase;
  }
}

export default async function setup(project: TestProject) {
  const given = templateFromEnv();
  if (given) {
    project.provide("templateDatabase", given);
    return;
  }
  const workDir = mkdtempSync(path.join(os.tmpdir(), "cmq-test-"));
  const template = await createTemplate(testServerUrl(), workDir);
  project.provide("templateDatabase", template);
  return async () => {
    await dropTemplate(template);
    rmSync(workDir, { recursive: true, force: true });
  };
}
