"use client";
/**
 * The graph's own words in the page's language: a node type (label) and a relationship type. Types the catalogue
 * does not know, and every type of a database we did not design (its `Product` or `PART_OF` is not ours, issue
 * 17), are shown as they are.
 */
import { useTranslations } from "next-intl";
import { useGraphMode } from "@/lib/client/graph-mode";

export function useVocabulary() {
  const t = useTranslations("common");
  const mode = useGraphMode();
  if (mode === "any") return { nodeType: (label: string) => label, relType: (type: string) => type };
  return {
    nodeType: (label: string) => (t.has(`nodeTypes.${label}` as never) ? t(`nodeTypes.${label}` as never) : label),
    relType: (type: string) => (t.has(`relTypes.${type}` as never) ? t(`relTypes.${type}` as never) : type),
  };
}
