import "server-only";
import { campusShortName } from "@/lib/campuses/names";
import { formatPeriod } from "@/lib/dates/partial-date";
import { ACTION_STATUS_CODES, ACTION_STATUS_LABELS } from "@/lib/labels";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import { baseDomain } from "@/lib/site/hosts";
import { campusUrl, hubUrl, type Site } from "@/lib/site/links";
import { renderAtom, type AtomFeed } from "./atom";
import { sendBody } from "./http";
import { renderCalendar, type CalendarEvent } from "./icalendar";
import { campusSlugs } from "./mapping";
import { findCampusForFeed, findDatedActions, findFeedActions, findMeetings } from "./queries/feeds";
import { publicUrls } from "./urls";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
export const ICALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";
export const LICENCE_NOTICE = "Licence Ouverte / Open Licence version 2.0 (Etalab)";

/**
 * Identifiers that survive a change of host or slug: tag URIs (RFC 4151) on
 * the configured base domain and the database id. 2018 is the year the
 * portal's data starts.
 */
const tag = (specific: string) => `tag:${baseDomain()},2018:${specific}`;
const uid = (kind: string, id: string) => `${kind}-${id}@${baseDomain()}`;

function unknownCampus(): Response {
  return new Response("Campus inconnu.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** Atom feed of a campus's published actions, newest first. */
export async function campusNewsFeed(slug: CampusSlug, site: Site): Promise<AtomFeed | null> {
  const campus = await findCampusForFeed(slug);
  if (!campus) return null;
  const actions = await findFeedActions(slug);
  const updated = actions.reduce((max, a) => (a.updatedAt > max ? a.updatedAt : max), campus.updatedAt);
  return {
    id: tag(`${slug}/actualites`),
    title: `Actualités — ${campusShortName(campus.name)}`,
    subtitle: `Les actions publiées du Campus des Métiers et des Qualifications ${campus.name}.`,
    selfUrl: campusUrl(site, slug, "/actualites.xml"),
    alternateUrl: campusUrl(site, slug, "/actions"),
    author: { name: campusShortName(campus.name), email: campus.email, uri: campusUrl(site, slug, "/") },
    rights: LICENCE_NOTICE,
    updated,
    entries: actions.map((a) => {
      const lead = campusSlugs(a.campuses)[0] ?? slug;
      return {
        id: tag(`actions/${a.id}`),
        title: a.title,
        url: publicUrls.action(site, lead, a.slug),
        published: a.publishedAt,
        updated: a.updatedAt,
        summary: a.summary,
        categories: [{ term: ACTION_STATUS_CODES[a.status], label: ACTION_STATUS_LABELS[a.status] }],
      };
    }),
  };
}

/**
 * Calendar events: dated actions and governance meetings. Only dates known
 * to the day become events (all-day); an action or meeting dated only by
 * its month or year is left out rather than shown as a month- or year-long
 * event (it stays in the API, with its precision). An action known to the
 * day that ends on a later day also known to the day spans those days;
 * otherwise it is an event on its start day.
 */
export async function agendaEvents(campus: CampusSlug | null, site: Site): Promise<CalendarEvent[]> {
  const [actions, meetings] = await Promise.all([findDatedActions(campus), findMeetings(campus)]);
  const events: CalendarEvent[] = [];
  for (const a of actions) {
    if (!a.startDate || (a.startPrecision ?? "DAY") !== "DAY") continue;
    const endsLater = a.endDate && (a.endPrecision ?? "DAY") === "DAY" && a.endDate > a.startDate;
    const lead = campusSlugs(a.campuses)[0];
    if (!lead) continue;
    const url = publicUrls.action(site, lead, a.slug);
    const period = formatPeriod(
      { date: a.startDate, precision: a.startPrecision ?? "DAY" },
      a.endDate ? { date: a.endDate, precision: a.endPrecision ?? "DAY" } : null,
    );
    events.push({
      uid: uid("action", a.id),
      stamp: a.updatedAt,
      start: a.startDate,
      end: endsLater ? a.endDate! : a.startDate,
      summary: a.title,
      description: [
        a.summary,
        period ? `Période : ${period}.` : null,
        `Statut : ${ACTION_STATUS_LABELS[a.status]}.`,
        url,
      ]
        .filter(Boolean)
        .join("\n\n"),
      url,
      categories: ["Action", ACTION_STATUS_LABELS[a.status]],
    });
  }
  for (const m of meetings) {
    if (m.datePrecision !== "DAY") continue;
    events.push({
      uid: uid("meeting", m.id),
      stamp: m.updatedAt,
      start: m.date,
      end: m.date,
      summary: m.campus ? `${m.title} (${m.campus.acronym})` : m.title,
      description: [m.instance.name, m.description].filter(Boolean).join("\n\n"),
      location: m.city,
      categories: ["Gouvernance"],
    });
  }
  return events.sort((x, y) => x.start.getTime() - y.start.getTime() || x.uid.localeCompare(y.uid));
}

/** GET /<slug>/actualites.xml (and <slug>.<base>/actualites.xml). */
export async function respondNewsFeed(request: Request, slug: string, site: Site): Promise<Response> {
  if (!isCampusSlug(slug)) return unknownCampus();
  const feed = await campusNewsFeed(slug, site);
  if (!feed) return unknownCampus();
  return sendBody(request, renderAtom(feed), ATOM_CONTENT_TYPE);
}

/** GET /agenda.ics (every campus) and /<slug>/agenda.ics (one campus). */
export async function respondAgenda(request: Request, slug: string | null, site: Site): Promise<Response> {
  if (slug !== null && !isCampusSlug(slug)) return unknownCampus();
  const campus = slug ? await findCampusForFeed(slug) : null;
  if (slug && !campus) return unknownCampus();
  const events = await agendaEvents(slug, site);
  const body = renderCalendar({
    prodId: "-//Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté//Portail//FR",
    name: campus ? `Agenda — ${campusShortName(campus.name)}` : "Agenda des CMQ de Bourgogne-Franche-Comté",
    description: campus
      ? `Actions datées et réunions de gouvernance du Campus des Métiers et des Qualifications ${campus.name}.`
      : "Actions datées et réunions de gouvernance des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté.",
    url: slug ? campusUrl(site, slug, "/") : hubUrl(site, "/"),
    source: slug ? campusUrl(site, slug, "/agenda.ics") : hubUrl(site, "/agenda.ics"),
    events,
  });
  return sendBody(request, body, ICALENDAR_CONTENT_TYPE, {
    "Content-Disposition": `inline; filename="agenda-${slug ?? "cmq-bfc"}.ics"`,
  });
}
