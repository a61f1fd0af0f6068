import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Markdown } from "@/components/markdown";
import { getCampus } from "@/lib/campuses/queries";
import { getSite } from "@/lib/site/request";
import { campusUrl } from "@/lib/site/links";

export async function generateMetadata({ params }: PageProps<"/[campus]">): Promise<Metadata> {
  const { campus: slug } = await params;
  const [site, campus] = await Promise.all([getSite(), getCampus(slug)]);
  if (!campus) return {};
  return {
    title: `Accueil — ${campus.shortName}`,
    description: `${campus.fullName} : ${campus.sectors.join(", ")}.`,
    alternates: { canonical: campusUrl(site, campus.slug, "/") },
  };
}

export default async function CampusHomePage({ params }: PageProps<"/[campus]">) {
  const { campus: slug } = await params;
  const campus = await getCampus(slug);
  if (!campus) notFound();
  return (
    <Container>
      <PageHeading eyebrow={campus.acronym} title={campus.fullName} lead={campus.sectors.join(" · ")} />
      <Markdown>{campus.presentation}</Markdown>
      {campus.axes.length > 0 ? (
        <section className="mt-10" aria-labelledby="axes">
          <h2 id="axes" className="mb-3 text-2xl font-bold">
            Objectifs et axes
          </h2>
          <ol className="list-decimal space-y-2 pl-6">
            {campus.axes.map((a) => (
              <li key={a.key}>{a.title}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <p className="mt-10">
        Contact : <a href={`mailto:${campus.email}`}>{campus.email}</a>
      </p>
    </Container>
  );
}
