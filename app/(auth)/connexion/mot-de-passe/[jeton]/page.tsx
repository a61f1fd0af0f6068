import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/forms/notice";
import { SetPasswordForm } from "@/components/forms/set-password-form";
import { findUsableAccountLink, LINK_INVALID } from "@/lib/auth/account-links";
import { setPasswordServerAction } from "../../server-actions";

export const metadata: Metadata = {
  title: "Choisir votre mot de passe — Espace de gestion des CMQ de Bourgogne-Franche-Comté",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function SetPasswordPage({ params }: PageProps<"/connexion/mot-de-passe/[jeton]">) {
  const { jeton } = await params;
  const link = await findUsableAccountLink(jeton);
  if (!link)
    return (
      <Container className="max-w-lg">
        <h1 className="mb-4 text-3xl font-bold">Lien expiré ou déjà utilisé</h1>
        <Notice tone="error" title={LINK_INVALID} />
        <p>
          <Link href="/connexion/mot-de-passe-oublie">Demander un nouveau lien</Link> (pour une invitation,
          demandez-la à nouveau à la coordination régionale).
        </p>
      </Container>
    );
  return (
    <Container className="max-w-lg">
      <h1 className="mb-2 text-3xl font-bold">
        {link.kind === "INVITATION" ? "Choisir votre mot de passe" : "Choisir un nouveau mot de passe"}
      </h1>
      <p className="mb-6 text-muted">
        Compte <strong className="text-ink">{link.email}</strong>.{" "}
        {link.kind === "INVITATION"
          ? "Une fois le mot de passe choisi, vous pourrez vous connecter à l’espace de gestion."
          : "Une fois le mot de passe enregistré, toutes vos sessions ouvertes sont fermées."}
      </p>
      <SetPasswordForm action={setPasswordServerAction.bind(null, jeton)} email={link.email} />
    </Container>
  );
}
