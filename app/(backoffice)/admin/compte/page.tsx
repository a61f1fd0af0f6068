import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { requireUser } from "@/lib/auth/session";
import { USER_ROLE_LABELS } from "@/lib/labels";
import { getCampusName } from "@/lib/campuses/backoffice-queries";
import { changeOwnPasswordServerAction } from "./server-actions";

export const metadata: Metadata = { title: "Mon compte" };

export default async function AccountPage() {
  const user = await requireUser();
  const campusName = user.campusId ? await getCampusName(user.campusId) : null;
  return (
    <>
      <AdminPageHeader title="Mon compte" />
      <dl className="mb-8 grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Nom</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">Adresse e-mail</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Rôle</dt>
        <dd>{USER_ROLE_LABELS[user.role]}</dd>
        {campusName ? (
          <>
            <dt className="font-semibold">Campus</dt>
            <dd>{campusName}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="titre-mot-de-passe" className="max-w-xl">
        <h2 id="titre-mot-de-passe" className="mb-4 text-xl font-bold">
          Changer de mot de passe
        </h2>
        <ChangePasswordForm action={changeOwnPasswordServerAction} email={user.email} />
      </section>
    </>
  );
}
