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
  const relType =
    mode === "any"
      ? (type: string) => type
      : (type: string) => (t.has(`relTypes.${type}` as never) ? t(`relTypes.${type}` as never) : type);
  return {
    nodeType:
      mode === "any"
        ? (label: string) => label
        : (label: string) => (t.has(`nodeTypes.${label}` as never) ? t(`nodeTypes.${label}` as never) : label),
    relType,
    /** A relationship filter as `r=` and a path's ignore write it: a type, or one kind of it (`USES · integrates`). */
    relFilter: (filter: string) => {
      const [type, kind] = filter.split(".");
      return kind ? `${relType(type)} · ${kind}` : relType(type);
    },
  };
}
