/** Account forms (coordinator's user management, "Mon compte"), shared by form and server. */
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { choice, optionalId, requiredText } from "@/lib/forms/fields";
import { isCampusDirector } from "@/lib/auth/permissions";

export const USER_ROLES = ["DO", "COORDINATOR"] as const;

export const emailField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z
    .string({ error: "Saisissez l’adresse e-mail." })
    .min(1, { error: "Saisissez l’adresse e-mail." })
    .max(254, { error: "Adresse e-mail\u00A0: 254 caractères au plus." })
    .pipe(z.email({ error: "Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr." })),
);

/** A new password; empty means "generate one for me" where allowed. */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, {
    error: `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`,
  })
  .max(PASSWORD_MAX_LENGTH, {
    error: `Le mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères.`,
  });

const optionalNewPassword = z.preprocess(
  (v) => (typeof v === "string" && v.length > 0 ? v : null),
  newPassword.nullable(),
);

const roleAndCampus = {
  role: choice(USER_ROLES, "Choisissez le rôle du compte."),
  campusId: optionalId,
};

function campusMatchesRole(v: { role: string; campusId: string | null }, ctx: z.RefinementCtx) {
  if (isCampusDirector(v) && !v.campusId)
    ctx.addIssue({
      code: "custom",
      path: ["campusId"],
      message: "Choisissez le campus de ce directeur opérationnel.",
    });
}

export const createUserSchema = z
  .object({
    name: requiredText("le nom de la personne", 120, 2),
    email: emailField,
    ...roleAndCampus,
    password: optionalNewPassword,
  })
  .superRefine(campusMatchesRole);
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    name: requiredText("le nom de la personne", 120, 2),
    email: emailField,
    ...roleAndCampus,
  })
  .superRefine(campusMatchesRole);
export type UpdateUserInput = z.output<typeof updateUserSchema>;

/** An invitation: the account's identity and role; the person chooses the password from the mail. */
export const inviteUserSchema = updateUserSchema;

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Saisissez votre mot de passe actuel." })
      .min(1, { error: "Saisissez votre mot de passe actuel." })
      .max(PASSWORD_MAX_LENGTH),
    newPassword,
    confirmation: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmation)
      ctx.addIssue({
        code: "custom",
        path: ["confirmation"],
        message: "La confirmation ne correspond pas au nouveau mot de passe.",
      });
    if (v.newPassword === v.currentPassword)
      ctx.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: "Choisissez un mot de passe différent de l’actuel.",
      });
  });

/** What the account form shows in its fields (the password is never sent back). */
export type UserFormValues = { name: string; email: string; role: string; campusId: string };
