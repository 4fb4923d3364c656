/**
 * Messages said in English where no page language applies: the link parser's `error` (what API clients and logs
 * read; the page says the same `problem` in its own language) and the API's error messages. Holds only the
 * namespaces it needs, so client code that parses links does not carry every catalogue.
 */
import { createTranslator } from "use-intl/core";
import link from "./messages/en/link.json";
import type { Message } from "./message";

const t = createTranslator({ locale: "en", messages: { link } as Record<string, unknown> }) as unknown as (
  key: string,
  values?: Message["values"],
) => string;

export function sayInEnglish(m: Message): string {
  return t(m.key, m.values);
}
