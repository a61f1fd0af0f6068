/**
 * A real SMTP server in the test process (npm smtp-server): it accepts every
 * message sent to it, parses it (mailparser) and keeps it for the test to read.
 */
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  raw: Buffer;
};

export type TestSmtp = {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** The first message for `to` received after the test started waiting or already kept, within `timeoutMs`. */
  waitFor: (to: string, timeoutMs?: number) => Promise<ReceivedMail>;
  /** The messages kept for `to`. */
  messagesTo: (to: string) => ReceivedMail[];
  close: () => Promise<void>;
};

function toMail(raw: Buffer, parsed: ParsedMail, rcpt: string[]): ReceivedMail {
  return {
    to: rcpt,
    from: parsed.from?.text ?? "",
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    raw,
  };
}

export async function startTestSmtp(
  port = 0,
  onMail?: (mail: ReceivedMail) => void | Promise<void>,
): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        const rcpt = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        simpleParser(raw)
          .then(async (parsed) => {
            const mail = toMail(raw, parsed, rcpt);
            received.push(mail);
            await onMail?.(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  const messagesTo = (to: string) => received.filter((m) => m.to.includes(to.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    messagesTo,
    async waitFor(to, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messagesTo(to)[0];
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`Aucun courriel reçu pour ${to}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The link to the password page that a mail carries. */
export function passwordLinkOf(mail: ReceivedMail): string {
  const match = /https?:\/\/\S+\/connexion\/mot-de-passe\/[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) throw new Error(`Pas de lien dans le courriel « ${mail.subject} »`);
  return match[0];
}
