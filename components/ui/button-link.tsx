import Link from "next/link";
import { buttonClass, type ButtonVariant } from "@/components/forms/button-styles";

/** A link that looks like a button ("Créer une formation"): it goes somewhere, it does not submit. */
export function ButtonLink({
  href,
  variant = "primary",
  children,
}: {
  href: string;
  variant?: ButtonVariant;
  children: React.ReactNode;
}) {
  return (
    <Link href={href} className={buttonClass(variant)}>
      {children}
    </Link>
  );
}
