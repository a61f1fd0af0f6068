import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { PasswordResetRequestForm } from "@/components/forms/password-reset-request-form";
import { requestPasswordResetServerAction } from "../server-actions";

export const metadata: Metadata = {
  title: "Mot de passe oublié — Espace de gestion des CMQ de Bourgogne-Franche-Comté",
  robots: { index: false, follow: false },
};

export default function ForgottenPasswordPage() {
  return (
    <Container className="max-w-lg">
      <h1 className="mb-2 text-3xl font-bold">Mot de passe oublié</h1>
      <p className="mb-6 text-muted">
        Saisissez l’adresse e-mail de votre compte&nbsp;: vous recevrez un lien, valable 30 minutes, pour
        choisir un nouveau mot de passe.
      </p>
      <PasswordResetRequestForm action={requestPasswordResetServerAction} />
      <p className="mt-8">
        <Link href="/connexion">Retour à la connexion</Link>
      </p>
    </Container>
  );
}
