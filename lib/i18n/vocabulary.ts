"use client";
/**
 * The graph's own words in the page's language: a node type (label) and a relationship type. Types the catalogue
 * does not know (another database's labels, issue 17) are shown as they are.
 */
import { useTranslations } from "next-intl";

export function useVocabulary() {
  const t = useTranslations("common");
  return {
    nodeType: (label: string) => (t.has(`nodeTypes.${label}` as never) ? t(`nodeTypes.${label}` as never) : label),
    relType: (type: string) => (t.has(`relTypes.${type}` as never) ? t(`relTypes.${type}` as never) : type),
  };
}
