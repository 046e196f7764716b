// An invitation to a list emails its link to the invited address when the server sends email, in
// the recipient's language: the account's with that address, else the inviter's, else English;
// the link opens the invitation and accepts it. Without email, inviting answers the same and no
// email is queued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { until } from './support/live.js';
import { linkSecret, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';

let server: TestServer;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Doable <doable@example.com>',
      MAIL_POLL_SECONDS: '0.2',
      MAIL_RETRY_SECONDS: '0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3',
    },
  });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

/** Without the spaces a decoder may put between RFC 2047 encoded words. */
const flat = (text: string) => text.replace(/\s+/g, '');

async function mailTo(email: string) {
  await until(
    () => smtp.received.some((m) => m.to.includes(email)),
    `the invitation email to ${email}`,
    15_000,
  );
  return smtp.received.find((m) => m.to.includes(email))!;
}

async function speaking(name: string, language: 'en' | 'ur'): Promise<Person> {
  const who = await person(server, name);
  await ok(who.as('PATCH', '/api/me/settings', { body: { language } }));
  return who;
}

async function listOf(owner: Person, name: string): Promise<number> {
  return (await ok(owner.as('POST', '/api/me/lists', { body: { name } }), 201)).id;
}

const invite = (owner: Person, listId: number, email: string, role: 'editor' | 'viewer') =>
  ok(owner.as('POST', `/api/me/lists/${listId}/members`, { body: { email, role } }), 202);

describe('the invitation email', () => {
  it('reaches an Urdu account in Urdu, and its link makes them a member', async () => {
    const emma = await speaking('Emma Owner', 'en');
    const ayesha = await speaking('Ayesha', 'ur');
    const list = await listOf(emma, 'Groceries');
    const invitation = await invite(emma, list, ayesha.email, 'editor');

    const mail = await mailTo(ayesha.email);
    expect(flat(mail.subject)).toBe(flat('Emma Owner نے آپ کو Doable پر فہرست Groceries میں مدعو کیا ہے'));
    const lines = mail.text.split('\n');
    expect(lines[0]).toBe(
      `Emma Owner (${emma.email}) نے آپ کو Doable پر فہرست “Groceries” میں مدیر کے طور پر مدعو کیا ہے: آپ اس کے کام دیکھ، شامل کر اور بدل سکیں گے۔`,
    );
    expect(lines[2]).toBe('اسی ای میل پتے سے سائن ان ہو کر دعوت نامہ کھولیں اور اسے قبول یا رد کریں:');
    expect(lines[3]).toBe(invitation.link);
    expect(mail.html).toContain('<html lang="ur" dir="rtl">');
    expect(mail.html).toContain('>دعوت نامہ کھولیں</a>');

    // The emailed link is the invitation's: its secret accepts it.
    const link = new URL(lines[3]!);
    expect(link.searchParams.get('invitation')).toBe(String(invitation.id));
    await ok(
      ayesha.as('POST', `/api/me/invitations/${invitation.id}/accept`, {
        body: { token: link.hash.slice(1) },
      }),
    );
    const { members } = await ok(ayesha.as('GET', `/api/me/lists/${list}/members`));
    expect(members.map((m: { user_id: string; role: string }) => [m.user_id, m.role])).toContainEqual([
      ayesha.id,
      'editor',
    ]);
  });

  it('an English account invited by an Urdu speaker reads it in English', async () => {
    const bilal = await speaking('Bilal', 'ur');
    const emma = await speaking('Emma Reader', 'en');
    const list = await listOf(bilal, 'گھر کے کام');
    await invite(bilal, list, emma.email, 'viewer');
    const mail = await mailTo(emma.email);
    expect(flat(mail.subject)).toBe(flat('Bilal invited you to the list گھر کے کام on Doable'));
    expect(mail.text.split('\n')[0]).toBe(
      `Bilal (${bilal.email}) invited you to the list “گھر کے کام” on Doable as a viewer: you can see its tasks.`,
    );
    expect(mail.html).toContain('<html lang="en" dir="ltr">');
  });

  it('an address with no account gets it in the inviter’s language, and is asked to make the account', async () => {
    const bilal = await speaking('Bilal Sharer', 'ur');
    const emma = await speaking('Emma Sharer', 'en');
    const nobodyUrdu = `new.urdu.${Date.now()}@example.com`;
    const nobodyEnglish = `new.english.${Date.now()}@example.com`;
    await invite(bilal, await listOf(bilal, 'Trip'), nobodyUrdu, 'viewer');
    await invite(emma, await listOf(emma, 'Trip'), nobodyEnglish, 'editor');

    const urdu = await mailTo(nobodyUrdu);
    expect(urdu.text.split('\n')[0]).toContain('ناظر کے طور پر مدعو کیا ہے: آپ اس کے کام دیکھ سکیں گے۔');
    expect(urdu.text).toContain(
      'دعوت نامہ کھولیں، اسی ای میل پتے سے اپنا Doable اکاؤنٹ بنائیں، پھر اسے قبول یا رد کریں:',
    );
    expect(urdu.text).toContain(
      'یہ لنک ایک ہی بار چلے گا۔ اگر آپ Bilal Sharer کو نہیں جانتے تو اس ای میل کو نظر انداز کر دیں',
    );
    const english = await mailTo(nobodyEnglish);
    expect(english.text).toContain(
      'Open the invitation to make your Doable account with this address, then accept or decline it:',
    );
    expect(english.text).toContain('as an editor: you can see, add and change its tasks.');
  });

  it('inviting again mails only the new link; a withdrawn invitation’s email is not sent', async () => {
    const emma = await speaking('Emma Again', 'en');
    const list = await listOf(emma, 'Again');
    const again = `again.${Date.now()}@example.com`;
    const withdrawn = `withdrawn.${Date.now()}@example.com`;
    // The SMTP server refuses for a while: both emails wait for their retry.
    smtp.failing = true;
    const refused = smtp.refused;
    const first = await invite(emma, list, again, 'viewer');
    const gone = await invite(emma, list, withdrawn, 'viewer');
    await until(() => smtp.refused >= refused + 2, 'both first sends refused');
    const second = await invite(emma, list, again, 'editor');
    expect(second.id).toBe(first.id);
    await ok(emma.as('DELETE', `/api/me/lists/${list}/invitations/${gone.id}`), 204);
    smtp.failing = false;

    const settled = async (id: number) =>
      (
        await rawQuery<{ status: string; sealed_link: string | null }>(
          server.database.db,
          'select status, sealed_link from email_outbox where invitation_id = $1 order by id',
          [id],
        )
      ).map((r) => `${r.status}${r.sealed_link === null ? '' : ' (link kept)'}`);
    await until(
      async () =>
        ![...(await settled(first.id)), ...(await settled(gone.id))].some((s) => s.startsWith('pending')),
      'the invitation emails settled',
      15_000,
    );
    expect(await settled(first.id)).toEqual(['cancelled', 'sent']);
    expect(await settled(gone.id)).toEqual(['cancelled']);
    const mailed = smtp.received.filter((m) => m.to.includes(again));
    expect(mailed).toHaveLength(1);
    expect(mailed[0]!.text).toContain(second.link);
    expect(mailed[0]!.text).toContain('as an editor');
    expect(smtp.received.some((m) => m.to.includes(withdrawn))).toBe(false);
  });
});

describe('a server without email', () => {
  it('invites as before, with the link to pass on, and queues no email', async () => {
    const quiet = await startTestServer();
    try {
      const owner = await person(quiet, 'Quiet Owner');
      const list = (await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Quiet' } }), 201)).id;
      const invitation = await ok(
        owner.as('POST', `/api/me/lists/${list}/members`, {
          body: { email: `quiet.${Date.now()}@example.com`, role: 'viewer' },
        }),
        202,
      );
      expect(linkSecret(invitation)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const rows = await rawQuery(
        quiet.database.db,
        `select 1 from email_outbox where kind = 'invitation'`,
        [],
      );
      expect(rows).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});
