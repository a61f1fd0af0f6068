import { FormationDetail } from "@/components/formations/formation-detail";
import { JsonLd } from "@/components/seo/json-ld";
import { courseData } from "@/components/seo/structured-data";
import { makeLinks } from "@/components/links";
import { formationPage, recordPageCrumbs, recordRoute } from "@/lib/site/record-pages";

/** A formation's page, on the hub and (re-exported) on each campus site. */
const route = recordRoute(formationPage, (page) => (
  <>
    <JsonLd data={courseData(page.site, page.record)} />
    <FormationDetail
      formation={page.record}
      links={makeLinks(page.site, page.campus?.slug ?? null)}
      breadcrumbs={recordPageCrumbs(formationPage, page)}
    />
  </>
));

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
