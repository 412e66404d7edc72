import nodemailer from 'nodemailer';
import type { Mailer } from '../app/ports.ts';

/** E-mail through the SMTP server of SMTP_URL (nodemailer), with a timeout so a dead server cannot hold a worker. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
