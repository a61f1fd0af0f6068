/** The same page as on the hub: the record is found the same way, the trail follows the campus in `params`. */
export { default, generateMetadata, generateStaticParams } from "@/app/[site]/(hub)/partenaires/[slug]/page";
