import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Tag } from "@/components/admin/tags";
import { formatDateTime } from "@/lib/text/format";
import { Notice } from "@/components/forms/notice";
import { OperationForm } from "@/components/forms/operation-form";
import { UserForm } from "@/components/forms/user-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { getUser } from "@/lib/users/backoffice-queries";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import {
  sendAccountLinkServerAction,
  setUserActiveServerAction,
  updateUserServerAction,
} from "../server-actions";

export const metadata: Metadata = { title: "Compte" };

const MESSAGES: Record<string, { tone: "success" | "error"; text: string }> = {
  invite: {
    tone: "success",
    text: "Invitation envoyée\u00A0: la personne choisit son mot de passe avec le lien reçu, valable 7 jours.",
  },
  "invitation-non-envoyee": {
    tone: "error",
    text: "Compte créé, mais le courriel d’invitation n’a pas pu partir. Renvoyez l’invitation ci-dessous.",
  },
  "lien-envoye": { tone: "success", text: "Lien envoyé par courriel." },
  "lien-non-envoye": {
    tone: "error",
    text: "Le courriel n’a pas pu partir. Réessayez plus tard ou vérifiez la configuration de l’envoi (SMTP_URL).",
  },
  desactive: {
    tone: "success",
    text: "Compte désactivé\u00A0: ses sessions sont fermées et il ne peut plus se connecter.",
  },
  reactive: { tone: "success", text: "Compte réactivé." },
};

export default async function UserPage({ params, searchParams }: PageProps<"/admin/utilisateurs/[id]">) {
  const actor = await requireCoordinator();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const account = await getUser(actor, id);
  if (!account) notFound();
  const campuses = (await listCampusesForAdmin(actor)).map((c) => ({ id: c.id, name: c.shortName }));
  const message = typeof sp.enregistre === "string" ? MESSAGES[sp.enregistre] : undefined;
  return (
    <>
      <AdminPageHeader
        title={account.name}
        lead={
          <>
            {!account.isActive ? (
              <Tag tone="danger">Désactivé</Tag>
            ) : account.isPending ? (
              <Tag tone="warning">Invitation en attente</Tag>
            ) : (
              <Tag tone="success">Actif</Tag>
            )}{" "}
            Compte créé le {formatDateTime(account.createdAt)}
            {account.isPending
              ? "\u202F; mot de passe pas encore choisi."
              : `\u202F; mot de passe changé le ${formatDateTime(account.passwordChangedAt)}.`}
          </>
        }
        crumbs={[{ href: "/admin/utilisateurs", label: "Comptes" }]}
      />
      {message ? <Notice tone={message.tone} title={message.text} /> : null}
      <section aria-labelledby="titre-compte" className="mb-10">
        <h2 id="titre-compte" className="mb-4 text-xl font-bold">
          Identité et rôle
        </h2>
        <UserForm
          action={updateUserServerAction.bind(null, account.id)}
          initial={{
            name: account.name,
            email: account.email,
            role: account.role,
            campusId: account.campusId ?? "",
          }}
          campuses={campuses}
          isCreation={false}
        />
      </section>
      <section aria-labelledby="titre-acces" className="mb-10">
        <h2 id="titre-acces" className="mb-4 text-xl font-bold">
          Accès
        </h2>
        {account.id === actor.id ? (
          <p className="text-muted">Vous ne pouvez pas désactiver votre propre compte.</p>
        ) : account.isActive ? (
          <OperationForm
            action={setUserActiveServerAction}
            fields={{ id: account.id, active: "0" }}
            label="Désactiver le compte"
            variant="danger"
            confirm={`Désactiver le compte de ${account.name}\u202F? Ses sessions ouvertes se ferment immédiatement.`}
          />
        ) : (
          <OperationForm
            action={setUserActiveServerAction}
            fields={{ id: account.id, active: "1" }}
            label="Réactiver le compte"
          />
        )}
      </section>
      <section aria-labelledby="titre-mdp">
        <h2 id="titre-mdp" className="mb-4 text-xl font-bold">
          {account.isPending ? "Invitation" : "Mot de passe"}
        </h2>
        <p className="mb-4 max-w-prose">
          {account.isPending
            ? "La personne choisit elle-même son mot de passe avec le lien reçu par courriel. S’il est perdu ou expiré, envoyez-en un nouveau (valable 7 jours)\u00A0: l’ancien ne fonctionne plus."
            : "Personne ne saisit le mot de passe d’un autre\u00A0: envoyez à la personne un lien, valable 30 minutes, pour en choisir un nouveau. Ses sessions se ferment quand elle l’a choisi."}
        </p>
        {account.pendingLink ? (
          <p className="mb-4 text-sm text-muted">
            Dernier lien envoyé valable jusqu’au {formatDateTime(account.pendingLink.expiresAt)}.
          </p>
        ) : null}
        {account.isActive ? (
          <OperationForm
            action={sendAccountLinkServerAction}
            fields={{ id: account.id }}
            label={account.isPending ? "Renvoyer l’invitation" : "Envoyer un lien de réinitialisation"}
            pendingLabel="Envoi…"
          />
        ) : (
          <p className="text-muted">Réactivez le compte pour lui envoyer un lien.</p>
        )}
      </section>
    </>
  );
}
