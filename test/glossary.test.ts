import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { GLOSSARY, auditActionKey, term, type GlossaryGroup, type Term } from '../admin/shared/glossary.js';
import { escalationAssignedEmail, repNoticeEmail } from '../server/outbox/emails.js';

const groups = Object.entries(GLOSSARY) as [GlossaryGroup, Record<string, Term>][];
const schema = buildSchema(readFileSync(join(process.cwd(), 'schema/schema.graphql'), 'utf8'));

function serverFiles(dir = join(process.cwd(), 'server')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? serverFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the glossary both apps read (admin/shared/glossary.ts)', () => {
  it('gives every term a word in English and in Italian', () => {
    const missing = groups.flatMap(([group, terms]) =>
      Object.entries(terms)
        .filter(([, words]) => !words.en?.trim() || !words.it?.trim())
        .map(([value]) => `${group}.${value}`),
    );
    expect(groups.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('names every value of the API enums it covers, and no value the API does not have', () => {
    const mismatched = groups.flatMap(([group, terms]) => {
      const type = schema.getType(group.replace(/Short$/, ''));
      if (!(type instanceof GraphQLEnumType)) return [];
      const api = type
        .getValues()
        .map((value) => value.name)
        .sort();
      return JSON.stringify(api) === JSON.stringify(Object.keys(terms).sort())
        ? []
        : [`${group}: API ${api.join(',')} / glossary ${Object.keys(terms).sort().join(',')}`];
    });
    const covered = groups.filter(([group]) => schema.getType(group.replace(/Short$/, '')) instanceof GraphQLEnumType).map(([group]) => group);
    expect(covered).toEqual(
      expect.arrayContaining(['OrderStatus', 'SubscriptionStatus', 'EscalationStatus', 'EscalationKind', 'OrganizationKind', 'ServiceKind']),
    );
    expect(mismatched).toEqual([]);
  });

  it('has one Italian word per status: ON_HOLD is "In sospeso", a pending subscription "In attesa", and no two statuses share a word', () => {
    expect(term('it', 'OrderStatus', 'ON_HOLD')).toBe('In sospeso');
    expect(term('it', 'SubscriptionStatus', 'PENDING')).toBe('In attesa');
    for (const [group, terms] of groups.filter(([group]) => /Status$/.test(group))) {
      for (const lang of ['en', 'it'] as const) {
        const words = Object.values(terms).map((words) => words[lang]);
        expect({ group, lang, duplicates: words.filter((word, index) => words.indexOf(word) !== index) }).toEqual({ group, lang, duplicates: [] });
      }
    }
  });

  it('names every audit action the server records, the wizard steps included', () => {
    const literal = serverFiles().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/action: '([a-z_]+\.[a-z_.]+)'/g)].map((match) => match[1]));
    const steps = (schema.getType('SetupStep') as GraphQLEnumType)
      .getValues()
      .map((value) => value.name)
      .filter((step) => !['DONE', 'ON_HOLD', 'HANDED_OVER', 'SERVICE_SETUP'].includes(step))
      .map((step) => `setup.${step.toLowerCase()}`);
    const amendments = ['START_DATE', 'CANCEL', 'QUANTITIES'].map((kind) => `order.amended.${kind.toLowerCase()}`);
    const handovers = ['setup.handed_to_colleague', 'setup.handed_to_customer'];
    const recorded = [...new Set([...literal, ...steps, ...amendments, ...handovers])];
    expect(recorded).toContain('setup.resumed');
    expect(recorded.filter((action) => term('it', 'AuditAction', action) === undefined)).toEqual([]);
  });

  it('does not say "verified" of an organization the person did not recognize (the step put the order on hold)', () => {
    const key = auditActionKey('setup.verify_customer_organization', { nextStep: 'ON_HOLD' });
    expect(term('it', 'AuditAction', key)).toBe('Organizzazione cliente non riconosciuta: ordine in sospeso');
    expect(term('it', 'AuditAction', auditActionKey('setup.verify_customer_organization', { nextStep: 'REVIEW_ORDER' }))).toBe(
      'Organizzazione cliente verificata',
    );
    expect(term('en', 'AuditAction', auditActionKey('setup.review_partner_organization', { nextStep: 'ON_HOLD' }))).toBe(
      'Partner organization not recognized: order on hold',
    );
  });

  it('is the vocabulary of the reps’ emails: each escalation kind by its glossary word, in both languages', () => {
    const m = { ccwOrderNumber: '1001', partnerName: 'Rossi Srl', customerName: 'Bianchi SpA', assignedBy: 'Anna', consoleUrl: 'https://hub.example/admin/' };
    for (const kind of Object.keys(GLOSSARY.EscalationKind)) {
      for (const lang of ['en', 'it'] as const) {
        const word = term(lang, 'EscalationKind', kind)!;
        const sentence = word.charAt(0).toLowerCase() + word.slice(1);
        expect({ kind, lang, text: escalationAssignedEmail(lang, { ...m, kind }).text.includes(sentence) }).toEqual({ kind, lang, text: true });
      }
    }
    // The rep notices say what happened in a sentence; where an order is held, they call it by the status's word.
    expect(repNoticeEmail('it', { ...m, kind: 'UNRECOGNIZED_CUSTOMER_ORGANIZATION' }).text).toContain('sospeso');
    expect(term('it', 'OrderStatus', 'ON_HOLD')!.toLowerCase()).toContain('sospeso');
  });
});
