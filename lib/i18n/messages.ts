/**
 * The message catalogues: one JSON file per namespace and language under lib/i18n/messages/<locale>/. A namespace
 * belongs to one part of the interface (common: header and page chrome; home; link: why a link cannot be opened;
 * errors: the API's error codes; explore; panels: details, tables, search, gallery; console; export; embed), so two
 * people changing two parts never edit the same file. tests/unit/i18n-catalogues.test.ts checks that the three
 * languages hold the same keys with the same placeholders, and that every key is used.
 *
 * Words: lib/i18n/GLOSSARY.md (the deck's Japanese terms, the terms used in China).
 */
import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import type { Message, MessageValues } from "./message";

// Server code, tests and scripts only: this module holds every catalogue of every language. Client components use
// next-intl's useTranslations (the layout hands them the page's language only).

import enCommon from "./messages/en/common.json";
import enHome from "./messages/en/home.json";
import enLink from "./messages/en/link.json";
import enErrors from "./messages/en/errors.json";
import enExplore from "./messages/en/explore.json";
import enPanels from "./messages/en/panels.json";
import enConsole from "./messages/en/console.json";
import enExport from "./messages/en/export.json";
import enEmbed from "./messages/en/embed.json";
import jaCommon from "./messages/ja/common.json";
import jaHome from "./messages/ja/home.json";
import jaLink from "./messages/ja/link.json";
import jaErrors from "./messages/ja/errors.json";
import jaExplore from "./messages/ja/explore.json";
import jaPanels from "./messages/ja/panels.json";
import jaConsole from "./messages/ja/console.json";
import jaExport from "./messages/ja/export.json";
import jaEmbed from "./messages/ja/embed.json";
import zhCommon from "./messages/zh/common.json";
import zhHome from "./messages/zh/home.json";
import zhLink from "./messages/zh/link.json";
import zhErrors from "./messages/zh/errors.json";
import zhExplore from "./messages/zh/explore.json";
import zhPanels from "./messages/zh/panels.json";
import zhConsole from "./messages/zh/console.json";
import zhExport from "./messages/zh/export.json";
import zhEmbed from "./messages/zh/embed.json";

export const NAMESPACES = ["common", "home", "link", "errors", "explore", "panels", "console", "export", "embed"] as const;
export type Namespace = (typeof NAMESPACES)[number];

const en = { common: enCommon, home: enHome, link: enLink, errors: enErrors, explore: enExplore, panels: enPanels, console: enConsole, export: enExport, embed: enEmbed };
const ja = { common: jaCommon, home: jaHome, link: jaLink, errors: jaErrors, explore: jaExplore, panels: jaPanels, console: jaConsole, export: jaExport, embed: jaEmbed };
const zh = { common: zhCommon, home: zhHome, link: zhLink, errors: zhErrors, explore: zhExplore, panels: zhPanels, console: zhConsole, export: zhExport, embed: zhEmbed };

export type Messages = typeof en;
const CATALOGUES: Record<Locale, Messages> = { en, ja: ja as Messages, zh: zh as Messages };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** A plain translator outside React (server code, tests, workers): `translator("ja")("explore.toolbar.expand")`. */
export function translator(locale: Locale) {
  const t = createTranslator({ locale, messages: CATALOGUES[locale] as unknown as Record<string, unknown> });
  return (key: string, values?: MessageValues) => (t as unknown as (k: string, v?: MessageValues) => string)(key, values);
}

/** A Message in a language. */
export function say(locale: Locale, m: Message): string {
  return translator(locale)(m.key, m.values);
}
