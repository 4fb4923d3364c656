"use client";
import { useTranslations } from "next-intl";
import type { Message } from "./message";

/** Says a Message (lib/i18n/message.ts) in the page's language. */
export function useSay(): (m: Message) => string {
  const t = useTranslations();
  return (m) => (t as unknown as (k: string, v?: Message["values"]) => string)(m.key, m.values);
}
