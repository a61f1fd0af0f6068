import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/forms/notice";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export const metadata: Metadata = {
  title: "Connexion — Espace de gestion des CMQ de Bourgogne-Franche-Comté",
  robots: { index: false, follow: false },
};

export default async function SignInPage({ searchParams }: PageProps<"/connexion">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(
    Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl,
  );
  if (await getCurrentUser()) redirect(callbackUrl);
  const signedOut = params.deconnexion === "1";
  const passwordSet =
    params["mot-de-passe"] === "choisi" || params["mot-de-passe"] === "reinitialise"
      ? params["mot-de-passe"]
      : null;
  return (
    <Container className="max-w-lg">
      <h1 className="mb-2 text-3xl font-bold">Connexion à l’espace de gestion</h1>
      <p className="mb-6 text-muted">
        Réservé aux directeurs opérationnels des campus et à la coordination régionale.
      </p>
      {signedOut ? <Notice tone="success" title="Vous êtes déconnecté." /> : null}
      {passwordSet ? (
        <Notice
          tone="success"
          title={
            passwordSet === "choisi"
              ? "Votre mot de passe est enregistré\u00A0: connectez-vous."
              : "Votre nouveau mot de passe est enregistré et vos autres sessions sont fermées\u00A0: connectez-vous."
          }
        />
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-8">
        <Link href="/connexion/mot-de-passe-oublie">Mot de passe oublié&#x202F;?</Link>
      </p>
    </Container>
  );
}
