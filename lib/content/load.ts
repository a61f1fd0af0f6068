/**
 * Reads every content file, validates it with its zod schema and checks the
 * references between files (organisation, campus, formation, platform keys).
 * Errors name the file and the field, e.g.
 *   content/actions/ti.yaml › actions.3.status: Invalid option …
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import {
  actionsFile,
  campusFile,
  campusReportFile,
  formationsFile,
  fundingsFile,
  governanceFile,
  organisationsFile,
  platformsFile,
  regionReportFile,
  type ActionsFile,
  type CampusFile,
  type CampusReportFile,
  type FormationsFile,
  type FundingsFile,
  type GovernanceFile,
  type OrganisationsFile,
  type PlatformsFile,
  type RegionReportFile,
} from "./schema";

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Contenu invalide :\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentError";
  }
}

export type Content = {
  campuses: CampusFile[];
  organisations: (OrganisationsFile["organisations"][number] & { kind: OrganisationsFile["kind"] })[];
  actions: (ActionsFile["actions"][number] & { source: string; file: string })[];
  formations: FormationsFile["formations"];
  platforms: PlatformsFile["platforms"];
  fundings: FundingsFile["fundings"];
  governance: GovernanceFile;
  campusReports: CampusReportFile[];
  regionReports: RegionReportFile[];
};

export const DEFAULT_CONTENT_DIR = path.resolve(process.cwd(), "content");

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => path.join(dir, f));
}

export function loadContent(root: string = DEFAULT_CONTENT_DIR): Content {
  const problems: string[] = [];
  const rel = (file: string) => path.relative(path.dirname(root), file);

  function read<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.push(`${rel(file)}: YAML illisible (${(error as Error).message.split("\n")[0]})`);
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${rel(file)} › ${issue.path.join(".") || "(racine)"}: ${issue.message}`);
      }
      return undefined;
    }
    return result.data;
  }

  const campuses = listYaml(path.join(root, "campuses")).flatMap((f) => {
    const c = read(f, campusFile);
    if (c && path.basename(f).replace(/\.ya?ml$/, "") !== c.slug) problems.push(`${rel(f)} › slug: le nom du fichier doit être ${c.slug}.yaml`);
    return c ? [c] : [];
  });
  const organisations = listYaml(path.join(root, "organisations")).flatMap((f) => {
    const o = read(f, organisationsFile);
    return o ? o.organisations.map((org) => ({ ...org, kind: o.kind })) : [];
  });
  const actions = listYaml(path.join(root, "actions")).flatMap((f) => {
    const a = read(f, actionsFile);
    if (!a) return [];
    a.actions.forEach((action, i) => {
      if (action.campuses[0] !== a.campus) problems.push(`${rel(f)} › actions.${i}.campuses: le premier campus doit être ${a.campus} (campus du fichier)`);
    });
    return a.actions.map((action) => ({ ...action, source: action.source ?? a.source, file: rel(f) }));
  });
  const formationsPath = path.join(root, "formations.yaml");
  const formations = existsSync(formationsPath) ? (read(formationsPath, formationsFile)?.formations ?? []) : [];
  const platformsPath = path.join(root, "platforms.yaml");
  const platforms = existsSync(platformsPath) ? (read(platformsPath, platformsFile)?.platforms ?? []) : [];
  const fundingsPath = path.join(root, "fundings.yaml");
  const fundings = existsSync(fundingsPath) ? (read(fundingsPath, fundingsFile)?.fundings ?? []) : [];
  const governancePath = path.join(root, "governance.yaml");
  const governance = (existsSync(governancePath) ? read(governancePath, governanceFile) : undefined) ?? {
    regionalRoles: [],
    instances: [],
    meetings: [],
  };

  const reportsRoot = path.join(root, "reports");
  const years = existsSync(reportsRoot) ? readdirSync(reportsRoot).filter((d) => /^\d{4}$/.test(d)).sort() : [];
  const campusReports = years.flatMap((y) =>
    listYaml(path.join(reportsRoot, y, "campuses")).flatMap((f) => {
      const r = read(f, campusReportFile);
      if (r && String(r.year) !== y) problems.push(`${rel(f)} › year: ${r.year} attendu ${y}`);
      return r ? [r] : [];
    }),
  );
  const regionReports = years.flatMap((y) => {
    const f = path.join(reportsRoot, y, "region.yaml");
    const r = existsSync(f) ? read(f, regionReportFile) : undefined;
    return r ? [r] : [];
  });

  // ── cross-file references
  const dup = (label: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) problems.push(`${label}: clé en double « ${k} »`);
      seen.add(k);
    }
    return seen;
  };
  const orgKeys = dup("content/organisations", organisations.map((o) => o.key));
  const campusSlugs = dup("content/campuses", campuses.map((c) => c.slug));
  const formationKeys = dup("content/formations.yaml", formations.map((f) => f.key));
  const platformKeys = dup("content/platforms.yaml", platforms.map((p) => p.key));
  const actionKeys = dup("content/actions", actions.map((a) => a.key));
  dup("content/fundings.yaml", fundings.map((f) => f.key));
  const instanceKeys = dup("content/governance.yaml instances", governance.instances.map((i) => i.key));
  dup("content/governance.yaml meetings", governance.meetings.map((m) => m.key));
  dup(
    "rôles",
    [...campuses.flatMap((c) => c.roles.map((r) => r.key)), ...governance.regionalRoles.map((r) => r.key)],
  );

  const need = (where: string, set: Set<string>, k: string | null | undefined, what: string) => {
    if (k && !set.has(k)) problems.push(`${where}: ${what} inconnu(e) « ${k} »`);
  };
  for (const c of campuses) {
    const where = `content/campuses/${c.slug}.yaml`;
    need(`${where} › porteur`, orgKeys, c.porteur, "organisation");
    c.roles.forEach((r, i) => need(`${where} › roles.${i}.organisation`, orgKeys, r.organisation, "organisation"));
    dup(`${where} › axes`, c.axes.map((a) => a.key));
    dup(`${where} › organisations`, c.organisations.map((o) => o.organisation));
    c.organisations.forEach((o, i) => need(`${where} › organisations.${i}`, orgKeys, o.organisation, "organisation"));
  }
  for (const a of actions) {
    const where = `${a.file} › ${a.key}`;
    a.campuses.forEach((s) => need(`${where} › campuses`, campusSlugs, s, "campus"));
    for (const [s, axis] of Object.entries(a.axes ?? {})) {
      const campus = campuses.find((c) => c.slug === s);
      if (!a.campuses.includes(s as never)) problems.push(`${where} › axes.${s}: campus absent de campuses`);
      if (campus && !campus.axes.some((x) => x.key === axis)) problems.push(`${where} › axes.${s}: axe inconnu « ${axis} »`);
    }
    a.partners.forEach((p) => need(`${where} › partners`, orgKeys, p.organisation, "organisation"));
    a.formations.forEach((k) => need(`${where} › formations`, formationKeys, k, "formation"));
    a.platforms.forEach((k) => need(`${where} › platforms`, platformKeys, k, "plateforme"));
  }
  for (const f of formations) {
    need(`content/formations.yaml › ${f.key} › establishment`, orgKeys, f.establishment, "organisation");
    f.campuses.forEach((s) => need(`content/formations.yaml › ${f.key} › campuses`, campusSlugs, s, "campus"));
  }
  for (const p of platforms) {
    need(`content/platforms.yaml › ${p.key} › host`, orgKeys, p.host, "organisation");
    p.campuses.forEach((s) => need(`content/platforms.yaml › ${p.key} › campuses`, campusSlugs, s, "campus"));
  }
  for (const f of fundings) {
    const where = `content/fundings.yaml › ${f.key}`;
    need(`${where} › funder`, orgKeys, f.funder, "organisation");
    need(`${where} › campus`, campusSlugs, f.campus, "campus");
    need(`${where} › platform`, platformKeys, f.platform, "plateforme");
    need(`${where} › action`, actionKeys, f.action, "action");
  }
  governance.regionalRoles.forEach((r) => need(`content/governance.yaml › regionalRoles.${r.key}`, orgKeys, r.organisation, "organisation"));
  for (const i of governance.instances) need(`content/governance.yaml › ${i.key} › campus`, campusSlugs, i.campus, "campus");
  for (const m of governance.meetings) {
    need(`content/governance.yaml › ${m.key} › instance`, instanceKeys, m.instance, "instance");
    need(`content/governance.yaml › ${m.key} › campus`, campusSlugs, m.campus, "campus");
  }
  for (const r of campusReports) need(`content/reports/${r.year}/campuses/${r.campus}.yaml`, campusSlugs, r.campus, "campus");

  if (problems.length > 0) throw new ContentError(problems);
  return { campuses, organisations, actions, formations, platforms, fundings, governance, campusReports, regionReports };
}
