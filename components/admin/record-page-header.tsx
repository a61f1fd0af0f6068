/**
 * The top of a record's edit screen in the back office: its title under the
 * trail of its list, the banner of the last operation and, for a record the
 * public site shows, its publication state in the lead and the publication box.
 */
import type { RawParams } from "@/lib/filters";
import { AdminPageHeader, type Crumb } from "./page-header";
import { OperationBanner } from "./operation-banner";
import { PublicationSection, type PublicationProps } from "./publication-buttons";
import { PublicationTag } from "./tags";

export function RecordPageHeader({
  title,
  lead,
  list,
  searchParams,
  notice,
  publication,
}: {
  title: React.ReactNode;
  lead?: React.ReactNode;
  /** The list the record belongs to (the trail's one step). */
  list: Crumb;
  searchParams: RawParams;
  /** What the coordinator must know before acting, above the publication box. */
  notice?: React.ReactNode;
  publication?: PublicationProps;
}) {
  return (
    <>
      <AdminPageHeader
        title={title}
        lead={
          publication ? (
            <>
              <PublicationTag publication={publication.publication} />
              {lead ? <> {lead}</> : null}
            </>
          ) : (
            lead
          )
        }
        crumbs={[list]}
      />
      <OperationBanner searchParams={searchParams} />
      {notice}
      {publication ? <PublicationSection {...publication} /> : null}
    </>
  );
}
