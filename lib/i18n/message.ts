/** Message values: text and numbers (dates are formatted before they are passed, lib/i18n/format.ts). */
export type MessageValues = Record<string, string | number>;

/**
 * A message to show, not yet in a language: what framework-free code (the store's notices, the link parser, the
 * path's step list) hands to the page, which says it in the page's language (`useSay()` in a component,
 * `say(locale, m)` on the server). `key` is the full key, namespace first: "link.tooLong".
 */
export type Message = { key: string; values?: MessageValues };

export const msg = (key: string, values?: MessageValues): Message => (values ? { key, values } : { key });
