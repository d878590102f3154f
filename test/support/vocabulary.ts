import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import type { Page } from 'playwright-core';
import { GLOSSARY } from '../../admin/shared/glossary.js';
import { en as consoleEn } from '../../admin/console/src/i18n/en.js';
import { it as consoleIt } from '../../admin/console/src/i18n/it.js';
import { en as portalEn } from '../../admin/portal/src/i18n/en.js';
import { it as portalIt } from '../../admin/portal/src/i18n/it.js';

/**
 * What a page must never show a person, in either language: a message key where its text should be,
 * an API enum value or an audit action as the machine spells it, a message of the other language, a
 * country twice (or a retired ISO code) in a list, or a JavaScript placeholder (undefined, NaN…).
 */

export type Lang = 'en' | 'it';

function flatten(messages: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof messages === 'string') out.set(prefix, messages);
  else if (messages && typeof messages === 'object')
    for (const [key, value] of Object.entries(messages)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const schema = buildSchema(readFileSync(join(process.cwd(), 'schema/schema.graphql'), 'utf8'));
/** Enums whose values people read (sort fields, directions and internal kinds are never shown). */
const SHOWN_ENUMS = [
  'EscalationKind',
  'EscalationStatus',
  'OrderStatus',
  'OrganizationKind',
  'OutboxStatus',
  'RepRole',
  'ServiceKind',
  'SetupOwner',
  'SetupRole',
  'SetupStep',
  'SubscriptionStatus',
  'SubscriptionChangeKind',
  'SubscriptionChangeStatus',
  'WebhookDeliveryStatus',
  'WebhookDeliveryHold',
  'OrderEventType',
  'UserErrorCode',
];
const ENUM_VALUES = [
  ...new Set(
    SHOWN_ENUMS.flatMap((name) => {
      const type = schema.getType(name);
      if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the schema`);
      return type.getValues().map((value) => value.name);
    }),
  ),
];
const AUDIT_ACTIONS = Object.keys(GLOSSARY.AuditAction);
/** ISO 3166-1 codes withdrawn from the standard: a list that still holds them shows a country twice. */
const RETIRED_COUNTRY_CODES = ['AN', 'BU', 'CS', 'DD', 'FX', 'NT', 'SU', 'TP', 'UK', 'YU', 'ZR'];
const PLACEHOLDERS = ['undefined', 'null', 'NaN', '[object Object]', 'Invalid Date', 'Invalid date'];

const consoleMessages: Record<Lang, Map<string, string>> = { en: flatten(consoleEn), it: flatten(consoleIt) };
const portalMessages: Record<Lang, Map<string, string>> = { en: new Map(Object.entries(portalEn)), it: new Map(Object.entries(portalIt)) };
/** Every key of both apps' dictionaries with a dot in it (single words such as "title" are ordinary words too). */
const KEYS = [...new Set([...consoleMessages.en.keys(), ...portalMessages.en.keys()])].filter((key) => key.includes('.') && key.length > 6);

/**
 * The other language's messages that read differently from this language's, as whole texts: "Save" on
 * an Italian page, "Salva" on an English one. Only messages without placeholders, of 4 characters or
 * more, that the page's own language does not also use somewhere.
 */
function foreignTexts(lang: Lang): Set<string> {
  const other: Lang = lang === 'en' ? 'it' : 'en';
  const own = new Set([...consoleMessages[lang].values(), ...portalMessages[lang].values()].map((text) => text.trim()));
  const foreign = new Set<string>();
  for (const table of [consoleMessages, portalMessages])
    for (const [key, text] of table[other]) {
      const mine = table[lang].get(key);
      const trimmed = text.trim();
      if (trimmed.length < 4 || /[%{]/.test(trimmed) || mine === undefined || mine.trim() === trimmed || own.has(trimmed)) continue;
      foreign.add(trimmed);
    }
  return foreign;
}
const FOREIGN: Record<Lang, Set<string>> = { en: foreignTexts('en'), it: foreignTexts('it') };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KEY_PATTERN = new RegExp(`(?<![\\w.@/-])(?:${KEYS.map(escape).join('|')})(?![\\w-]|\\.\\w)`);
const ENUM_PATTERN = new RegExp(`(?<![\\w-])(?:${ENUM_VALUES.map(escape).join('|')})(?![\\w-])`);
const ACTION_PATTERN = new RegExp(`(?<![\\w.@/-])(?:${AUDIT_ACTIONS.map(escape).join('|')})(?![\\w-]|\\.\\w)`);

interface Seen {
  /** Each text with where it is: the element (tag, id or test id, class) and the attribute it came from, if any. */
  texts: { text: string; from: string }[];
  selects: { name: string; options: { value: string; label: string }[] }[];
  options: string[];
}

/** The texts a person can see or hear on the page now (text nodes, labels for screen readers), and its lists. */
async function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const texts: { text: string; from: string }[] = [];
    const describe = (element: Element, attribute?: string) => {
      const id = element.id ? `#${element.id}` : element.getAttribute('data-testid') ? `[data-testid=${element.getAttribute('data-testid')}]` : '';
      const cls = typeof element.className === 'string' ? element.className.split(' ').find((c) => c.startsWith('Mui') || c.startsWith('Ra')) : '';
      return `${element.tagName.toLowerCase()}${id}${cls ? `.${cls}` : ''}${attribute ? `[${attribute}]` : ''}`;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest('script,style,noscript,template')) continue;
      if (!parent.getClientRects().length) continue;
      texts.push({ text, from: describe(parent) });
    }
    for (const element of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) texts.push({ text: value, from: describe(element, attribute) });
      }
    for (const input of document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]):not([type=password])'))
      if (input.value && input.readOnly) texts.push({ text: input.value, from: describe(input, 'value') });
    const selects = [...document.querySelectorAll('select')].map((select) => ({
      name: select.name || select.id,
      options: [...select.options].map((option) => ({ value: option.value, label: option.textContent?.trim() ?? '' })),
    }));
    const options = [...document.querySelectorAll('[role=listbox] [role=option]')].map((option) => option.textContent?.trim() ?? '');
    return { texts, selects, options };
  });
}

/** What is wrong with the words on the page, each as "where: what"; empty when nothing is. */
export async function vocabularyProblems(page: Page, lang: Lang, where: string): Promise<string[]> {
  const { texts, selects, options } = await seen(page);
  const problems: string[] = [];
  const unique = new Map(texts.map((seenText) => [seenText.text, seenText.from]));
  for (const [text, from] of unique) {
    const where_ = `${where} (${from})`;
    const key = KEY_PATTERN.exec(text);
    if (key) problems.push(`${where_}: a message key on screen: "${key[0]}" in "${text.slice(0, 120)}"`);
    const raw = ENUM_PATTERN.exec(text);
    if (raw) problems.push(`${where_}: a raw enum value: "${raw[0]}" in "${text.slice(0, 120)}"`);
    const action = ACTION_PATTERN.exec(text);
    if (action) problems.push(`${where_}: a raw audit action: "${action[0]}" in "${text.slice(0, 120)}"`);
    if (PLACEHOLDERS.includes(text) || /\b(?:undefined|NaN)\b|\[object Object\]/.test(text))
      problems.push(`${where_}: a placeholder on screen: "${text.slice(0, 120)}"`);
    if (FOREIGN[lang].has(text)) problems.push(`${where_}: the other language on a page in ${lang}: "${text}"`);
  }
  for (const select of selects) {
    const labels = select.options.map((option) => option.label);
    const twice = labels.filter((label, i) => label && labels.indexOf(label) !== i);
    if (twice.length) problems.push(`${where}: list ${select.name} shows twice: ${[...new Set(twice)].join(', ')}`);
    if (/country/i.test(select.name)) {
      const retired = select.options.filter((option) => RETIRED_COUNTRY_CODES.includes(option.value)).map((option) => option.value);
      if (retired.length) problems.push(`${where}: list ${select.name} offers retired country codes: ${retired.join(', ')}`);
    }
  }
  const twice = options.filter((label, i) => label && options.indexOf(label) !== i);
  if (twice.length) problems.push(`${where}: an open list shows twice: ${[...new Set(twice)].join(', ')}`);
  return problems;
}

/** The portal's own message in a language, for finding buttons and headings by what they say. */
export function portalText(lang: Lang, key: keyof typeof portalEn): string {
  return portalMessages[lang].get(key) ?? key;
}

/** A console message by its dotted key, in a language. */
export function consoleText(lang: Lang, key: string): string {
  return consoleMessages[lang].get(key) ?? key;
}

/** For the test's own check that the guard can fail: how many keys, enum values and foreign texts it knows. */
export const vocabularySize = () => ({
  keys: KEYS.length,
  enums: ENUM_VALUES.length,
  actions: AUDIT_ACTIONS.length,
  foreign: FOREIGN.it.size + FOREIGN.en.size,
});
