import "server-only";
/**
 * Sending mail. With SMTP_URL (smtp://user:pass@host:587, smtps://… for
 * TLS from the start) messages go through that server with nodemailer;
 * without it (the embedded default), each message is written to
 * .data/outbox/ (MAIL_OUTBOX_DIR) as an .eml file and its link printed on
 * the console, so a newcomer can follow an invitation without a mail server.
 * The variables are read at each send: a test sets them before it sends.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailMessage } from "./compose";

const DEFAULT_OUTBOX = path.join(".data", "outbox");

/** The sender: MAIL_FROM, or the portal's no-reply address on its own domain. */
export function mailFrom(): string {
  const configured = process.env.MAIL_FROM?.trim();
  if (configured) return configured;
  const domain = process.env.CMQ_BASE_DOMAIN?.trim() || "cmq-bfc.org";
  return `"Portail des CMQ de Bourgogne-Franche-Comté" <ne-pas-repondre@${domain}>`;
}

const transports = new Map<string, Transporter>();
function smtpTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

/** Where a message is written without SMTP_URL. */
export function outboxDir(): string {
  return path.resolve(process.env.MAIL_OUTBOX_DIR?.trim() || DEFAULT_OUTBOX);
}

function envelopeOf(message: MailMessage) {
  return {
    from: mailFrom(),
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
  };
}

/** Writes the message as a .eml file in the outbox and prints where it is and the link it carries. */
async function writeToOutbox(message: MailMessage): Promise<string> {
  const built = await nodemailer
    .createTransport({ streamTransport: true, buffer: true, newline: "unix" })
    .sendMail(envelopeOf(message));
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const safeTo = message.to.replace(/[^a-z0-9@._-]/gi, "_");
  const file = path.join(dir, `${stamp}-${safeTo}.eml`);
  await writeFile(file, built.message as Buffer);
  console.info(
    `[mail] ${message.subject} → ${message.to} : écrit dans ${file}${message.link ? `\n[mail] lien : ${message.link}` : ""}`,
  );
  return file;
}

/** Sends one message (SMTP, or the outbox without SMTP_URL). Throws when the SMTP server refuses it. */
export async function sendMail(message: MailMessage): Promise<void> {
  const url = process.env.SMTP_URL?.trim();
  if (!url) {
    await writeToOutbox(message);
    return;
  }
  await smtpTransport(url).sendMail(envelopeOf(message));
}
