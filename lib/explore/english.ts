/**
 * The explorer's messages in English, for framework-free code used where no page language is given: the store
 * when no `say` is passed (tests, scripts), and the helpers whose callers have not said a language (lib/graph/filters.ts
 * setLabel / datasetOf). Holds the `explore` namespace only. A page passes its own `say` (lib/i18n/use-say.ts).
 */
import { createTranslator } from "use-intl/core";
import explore from "../i18n/messages/en/explore.json";
import type { Message } from "../i18n/message";

const t = createTranslator({ locale: "en", messages: { explore } as Record<string, unknown> }) as unknown as (
  key: string,
  values?: Message["values"],
) => string;

/** Says an `explore.*` Message in English. */
export function exploreInEnglish(m: Message): string {
  return t(m.key, m.values);
}
