import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Tag } from "@/components/admin/tags";
import { formatDateTime } from "@/lib/text/format";
import { Notice } from "@/components/forms/notice";
import { OperationForm } from "@/components/forms/operation-form";
import { ResetPasswordForm } from "@/components/forms/reset-password-form";
import { UserForm } from "@/components/forms/user-form";
import { requireCoordinator } from "@/lib/auth/guards";
import { getUser } from "@/lib/users/backoffice-queries";
import { listCampusesForAdmin } from "@/lib/campuses/backoffice-queries";
import {
  resetPasswordServerAction,
  setUserActiveServerAction,
  updateUserServerAction,
} from "../server-actions";

export const metadata: Metadata = { title: "Compte" };

const MESSAGES: Record<string, string> = {
  cree: "Compte créé.",
  desactive: "Compte désactivé : ses sessions sont fermées et il ne peut plus se connecter.",
  reactive: "Compte réactivé.",
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
            {account.isActive ? <Tag tone="success">Actif</Tag> : <Tag tone="danger">Désactivé</Tag>} Compte
            créé le {formatDateTime(account.createdAt)} ; mot de passe changé le{" "}
            {formatDateTime(account.passwordChangedAt)}.
          </>
        }
        crumbs={[{ href: "/admin/utilisateurs", label: "Comptes" }]}
      />
      {message ? <Notice tone="success" title={message} /> : null}
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
            confirm={`Désactiver le compte de ${account.name} ? Ses sessions ouvertes se ferment immédiatement.`}
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
          Réinitialiser le mot de passe
        </h2>
        <ResetPasswordForm action={resetPasswordServerAction.bind(null, account.id)} />
      </section>
    </>
  );
}
