/**
 * The portal's mails: plain French text plus the same in HTML, signed with
 * the portal's name, French typography applied. Pure: unit-tested.
 */
import { frenchTypography } from "@/lib/text/typography";
import { formatDateTime } from "@/lib/text/format";

export const PORTAL_NAME = "Portail des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The link the message carries, printed on the console when it goes to the outbox. */
  link?: string;
};

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * One message from its paragraphs and its one call to action (a link).
 * Every paragraph is plain text: in HTML it is escaped, the link becomes a link.
 */
function compose(input: {
  to: string;
  subject: string;
  greeting: string;
  before: string[];
  link: { url: string; label: string };
  after: string[];
}): MailMessage {
  const t = (s: string) => frenchTypography(s);
  const signature = `— ${PORTAL_NAME}`;
  const text = [
    t(input.greeting),
    ...input.before.map(t),
    `${t(input.link.label)}\u00A0:\n${input.link.url}`,
    ...input.after.map(t),
    signature,
  ].join("\n\n");
  const p = (s: string) => `<p>${escapeHtml(t(s))}</p>`;
  const href = escapeHtml(input.link.url);
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(t(input.subject))}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2937; max-width: 40rem">
${p(input.greeting)}
${input.before.map(p).join("\n")}
<p><a href="${href}">${escapeHtml(t(input.link.label))}</a></p>
<p style="font-size: 0.875rem; color: #4b5563">Si le lien ne s’ouvre pas, copiez cette adresse dans votre navigateur&nbsp;: ${href}</p>
${input.after.map(p).join("\n")}
<p>${escapeHtml(signature)}</p>
</body></html>
`;
  return { to: input.to, subject: t(input.subject), text, html, link: input.link.url };
}

/** Who a single-use link goes to, and until when it works. */
type SingleUseLink = { to: string; name: string; link: string; expiresAt: Date };

/** A message whose call to action is a single-use link, valid until `expiresAt`. */
function singleUseLinkMail(
  recipient: SingleUseLink,
  message: {
    subject: string;
    before: string[];
    linkLabel: string;
    afterExpiry: string;
    ifUnexpected: string;
  },
): MailMessage {
  return compose({
    to: recipient.to,
    subject: message.subject,
    greeting: `Bonjour ${recipient.name},`,
    before: message.before,
    link: { url: recipient.link, label: message.linkLabel },
    after: [
      `Ce lien est valable jusqu'au ${formatDateTime(recipient.expiresAt)} et ne sert qu'une fois. ${message.afterExpiry}`,
      message.ifUnexpected,
    ],
  });
}

/** The invitation of a new account: a link to choose its password, valid until `expiresAt`. */
export function invitationMail(input: SingleUseLink & { roleLabel: string; invitedBy: string }): MailMessage {
  return singleUseLinkMail(input, {
    subject: "Votre compte sur le portail des CMQ de Bourgogne-Franche-Comté",
    before: [
      `${input.invitedBy} vous a ouvert un compte sur l'espace de gestion du portail des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté (${input.roleLabel}).`,
      "Pour l'activer, choisissez votre mot de passe en suivant ce lien.",
    ],
    linkLabel: "Choisir mon mot de passe",
    afterExpiry: "Passé ce délai, demandez une nouvelle invitation à la coordination régionale.",
    ifUnexpected:
      "Si vous n'attendiez pas ce message, ignorez-le : aucun compte ne sera utilisable sans ce lien.",
  });
}

/** A password reset: a single-use link, valid until `expiresAt`. */
export function passwordResetMail(input: SingleUseLink): MailMessage {
  return singleUseLinkMail(input, {
    subject: "Réinitialiser votre mot de passe — portail des CMQ de Bourgogne-Franche-Comté",
    before: [
      "Une réinitialisation du mot de passe de votre compte sur l'espace de gestion du portail a été demandée.",
      "Pour choisir un nouveau mot de passe, suivez ce lien.",
    ],
    linkLabel: "Choisir un nouveau mot de passe",
    afterExpiry: "Une fois le mot de passe changé, toutes vos sessions ouvertes sont fermées.",
    ifUnexpected: "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
  });
}
